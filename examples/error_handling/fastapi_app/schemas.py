from pydantic import BaseModel, ConfigDict, Field


class ProductRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    stock: int


class ReservationIn(BaseModel):
    quantity: int = Field(ge=1, le=100)


class Reservation(BaseModel):
    product: int
    reserved: int
