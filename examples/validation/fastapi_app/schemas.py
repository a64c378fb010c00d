from typing import Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

RESERVED_USERNAMES = {"admin", "root", "support"}
USERNAME_PATTERN = r"^[a-z0-9_]+$"
# EmailStr needs the email-validator package
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
SKU_PATTERN = r"^[A-Z]{3}-\d{4}$"


# region shapes
class AccountRead(BaseModel):
    """What the API returns: no password field, so no password can leave."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    email: str
    display_name: str
    bio: str


class AccountCreate(BaseModel):
    """What a client sends to sign up: a separate class from the output."""

    username: str = Field(min_length=3, max_length=30, pattern=USERNAME_PATTERN)
    email: str = Field(max_length=254, pattern=EMAIL_PATTERN)
    password: str = Field(min_length=8)
    password_confirm: str
    display_name: str = Field(min_length=1, max_length=100)
    # endregion shapes

    # region validators
    @field_validator("username")
    @classmethod
    def username_is_not_reserved(cls, value: str) -> str:
        if value in RESERVED_USERNAMES:
            raise ValueError("This username is reserved.")
        return value

    @model_validator(mode="after")
    def passwords_match(self) -> Self:
        if self.password != self.password_confirm:
            raise ValueError("The two passwords differ.")
        return self

    # endregion validators


# region update
class AccountUpdate(BaseModel):
    """PATCH body: any field may be left out, none may be null.

    The defaults are never written: the endpoint dumps with exclude_unset=True.
    """

    display_name: str = Field(default="", min_length=1, max_length=100)
    bio: str = Field(default="", max_length=500)


# endregion update


# region constraints
class OrderLineIn(BaseModel):
    sku: str = Field(pattern=SKU_PATTERN)
    quantity: int = Field(gt=0, le=100)


# endregion constraints


# region nested
class OrderIn(BaseModel):
    ship_to: str = Field(min_length=10, max_length=300)
    lines: list[OrderLineIn] = Field(min_length=1, max_length=20)


class OrderLineOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    sku: str
    quantity: int


class OrderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    ship_to: str
    lines: list[OrderLineOut]


# endregion nested
