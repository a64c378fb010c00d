from pydantic import BaseModel, ConfigDict, Field


# region schemas
class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class MessageIn(BaseModel):
    # no owner_id: it comes from the token
    text: str = Field(min_length=1, max_length=500)


class MessageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    owner_id: int
    text: str


# endregion schemas
