from datetime import datetime

from pydantic import BaseModel

from capstone.fastapi_app.schemas import Content, Role


# region schemas
class SessionMessageIn(BaseModel):
    """The session comes from the URL, so the body carries only the role and the content."""

    role: Role
    content: Content


class SessionSummary(BaseModel):
    session_id: str
    total: int
    by_role: dict[Role, int]
    first_at: datetime | None
    last_at: datetime | None


# endregion schemas
