from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


# region schemas
class AuthorCreate(BaseModel):
    """What a client may send: no id, no timestamp."""

    email: str = Field(max_length=254, pattern=EMAIL_PATTERN)
    display_name: str = Field(min_length=1, max_length=100)


class AuthorRead(BaseModel):
    """What the API returns, read straight from a SQLAlchemy object."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    display_name: str
    joined_at: datetime


class PostRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    slug: str
    status: Literal["draft", "published"]
    created_at: datetime


class AuthorDetail(AuthorRead):
    posts: list[PostRead]


# endregion schemas
