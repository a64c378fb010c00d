from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

# region schemas
Role = Literal["user", "assistant", "system"]
# DRF's CharField strips surrounding whitespace and rejects what is left empty; so do we.
Content = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
SessionId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]


class ChatMessageIn(BaseModel):
    role: Role
    content: Content
    session_id: SessionId


class ChatMessagePatch(BaseModel):
    """PATCH: every field optional, the same rules for the ones that are sent."""

    role: Role | None = None
    content: Content | None = None
    session_id: SessionId | None = None

    @field_validator("role", "content", "session_id", mode="before")
    @classmethod
    def reject_explicit_null(cls, value: object) -> object:
        # Leaving a field out means "keep it"; sending null is an error, as in DRF.
        if value is None:
            raise PydanticCustomError("null", "This field may not be null.")
        return value


class ChatMessageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    role: Role
    content: str
    session_id: str
    created_at: datetime = Field(description="When the message was stored, in UTC")
# endregion schemas
