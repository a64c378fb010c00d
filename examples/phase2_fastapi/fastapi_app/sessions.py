from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Path, Request, status
from sqlalchemy import func, select

from capstone.fastapi_app.db import SessionDep
from capstone.fastapi_app.models import ChatMessage
from capstone.fastapi_app.schemas import ChatMessageOut, SessionId
from phase2_fastapi.fastapi_app.audit import create_audit_table, record_creation
from phase2_fastapi.fastapi_app.schemas import SessionMessageIn, SessionSummary

router = APIRouter(
    prefix="/api/sessions", tags=["sessions"], lifespan=create_audit_table
)
SessionInPath = Annotated[SessionId, Path()]


# region summary
@router.get("/{session_id}/summary/")  # the return annotation is the response model
async def session_summary(
    session_id: SessionInPath, session: SessionDep
) -> SessionSummary:
    query = (
        select(
            ChatMessage.role,
            func.count().label("count"),
            func.min(ChatMessage.created_at).label("first_at"),
            func.max(ChatMessage.created_at).label("last_at"),
        )
        .where(ChatMessage.session_id == session_id)
        .group_by(ChatMessage.role)
        .order_by(ChatMessage.role)
    )
    rows = (await session.execute(query)).all()  # one row per role, one query in all
    return SessionSummary(
        session_id=session_id,
        total=sum(row.count for row in rows),
        by_role={row.role: row.count for row in rows},
        first_at=min((row.first_at for row in rows), default=None),
        last_at=max((row.last_at for row in rows), default=None),
    )


# endregion summary


# region audited_create
@router.post(
    "/{session_id}/messages/",
    response_model=ChatMessageOut,
    status_code=status.HTTP_201_CREATED,
)
async def create_in_session(
    session_id: SessionInPath,
    payload: SessionMessageIn,
    session: SessionDep,
    tasks: BackgroundTasks,
    request: Request,
) -> ChatMessage:
    message = ChatMessage(session_id=session_id, **payload.model_dump())
    session.add(message)
    await session.commit()
    # Pass the factory and the id, never the request's session or ORM objects.
    tasks.add_task(record_creation, request.app.state.session_factory, message.id)
    return message


# endregion audited_create
