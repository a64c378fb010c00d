"""Exercise solution: a new FastAPI endpoint over Django's table, for Django's logged-in users."""

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import func, select

from capstone.fastapi_app.db import SessionDep
from capstone.fastapi_app.models import ChatMessage
from phase4_side_by_side.fastapi_app.accounts import CurrentAccount

router = APIRouter(prefix="/api/v2", tags=["conversations"])


# region conversation
class Conversation(BaseModel):
    session_id: str
    messages: int
    last_message_at: datetime | None


@router.get("/conversations/{session_id}")
async def conversation(
    session_id: str, session: SessionDep, account: CurrentAccount
) -> Conversation:
    query = select(func.count(), func.max(ChatMessage.created_at)).where(
        ChatMessage.session_id == session_id
    )
    messages, last_message_at = (await session.execute(query)).one()
    return Conversation(
        session_id=session_id, messages=messages, last_message_at=last_message_at
    )


# endregion conversation
