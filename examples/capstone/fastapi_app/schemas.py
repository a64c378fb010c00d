from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import Path
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)
from pydantic_core import PydanticCustomError

# Checked after stripping, where min_length=1 has already refused blank text: so it
# forbids NUL, which DRF's CharField refuses too (PostgreSQL cannot store it), and tells
# the OpenAPI schema that blank text is invalid.
TEXT = r"^[^\x00]*[^\s\x00][^\x00]*$"


def drop_null(schema: dict[str, Any]) -> None:
    # PATCH fields default to None to mean "not sent", but a client may not send null.
    schema.update(next(s for s in schema.pop("anyOf") if s.get("type") != "null"))


# so the OpenAPI schema does not offer null
NotNull = Field(json_schema_extra=drop_null)

# region schemas
Role = Literal["user", "assistant", "system"]
# DRF's CharField strips surrounding whitespace and rejects what is left empty; so do
# we.
Content = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, pattern=TEXT)
]
SessionId = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=TEXT),
]


class ChatMessageIn(BaseModel):
    role: Role
    content: Content
    session_id: SessionId


class ChatMessagePatch(BaseModel):
    """PATCH: every field optional, the same rules for the ones that are sent."""

    role: Annotated[Role | None, NotNull] = None
    content: Annotated[Content | None, NotNull] = None
    session_id: Annotated[SessionId | None, NotNull] = None

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


class ErrorDetail(BaseModel):
    """DRF's shape for an error that is about no single field."""

    detail: str


# DRF's shape for invalid input: {"field": ["message", ...]}
FieldErrors = dict[str, list[str]]


# Ids are positive and fit the database's 64-bit integer: a larger one would be a 500.
MessageId = Annotated[int, Path(ge=1, le=2**63 - 1)]
