from pydantic import BaseModel, ConfigDict, Field

EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


class SignupCreate(BaseModel):
    email: str = Field(max_length=254, pattern=EMAIL_PATTERN)


class SignupRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
