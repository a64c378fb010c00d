from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field


# region schemas
class ProductCreate(BaseModel):
    sku: str = Field(max_length=32)
    name: str = Field(max_length=100)
    unit_price: Decimal = Field(gt=0, max_digits=10, decimal_places=2)


class ProductRead(ProductCreate):
    model_config = ConfigDict(from_attributes=True)

    id: int


class OrderLineIn(BaseModel):
    sku: str = Field(max_length=32)
    quantity: int = Field(ge=1)


class QuoteRequest(BaseModel):
    lines: list[OrderLineIn]
    coupon: str | None = None


class QuoteRead(BaseModel):
    subtotal: Decimal
    discount: Decimal
    total: Decimal


# endregion schemas
