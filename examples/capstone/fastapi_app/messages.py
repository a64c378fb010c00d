from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Query, Response, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from capstone.fastapi_app.db import SessionDep
from capstone.fastapi_app.models import ChatMessage
from capstone.fastapi_app.schemas import (
    ChatMessageIn,
    ChatMessageOut,
    ChatMessagePatch,
    ErrorDetail,
    FieldErrors,
    MessageId,
    SessionId,
)

# The errors clients can get, in DRF's shapes (errors.py makes validation errors 400s).
# Declaring the 4XX range also stops FastAPI documenting a 422 this API never sends.
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": FieldErrors | ErrorDetail, "description": "Invalid input"},
    "4XX": {"model": ErrorDetail, "description": "Not found, or method not allowed"},
}

# region router
# Trailing slashes, like DRF's router: the URLs are part of the contract.
router = APIRouter(prefix="/api/messages", tags=["messages"], responses=ERRORS)
NOT_FOUND = "No ChatMessage matches the given query."


async def get_message_or_404(session: AsyncSession, message_id: int) -> ChatMessage:
    message = await session.get(ChatMessage, message_id)
    if message is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    return message


# endregion router


# region list_create
@router.get("/", response_model=list[ChatMessageOut])
async def list_messages(
    session: SessionDep, session_id: Annotated[SessionId, Query()]
) -> list[ChatMessage]:
    query = (
        select(ChatMessage)
        .where(ChatMessage.session_id == session_id)
        .order_by(ChatMessage.created_at, ChatMessage.id)
    )
    return list(await session.scalars(query))


@router.post("/", response_model=ChatMessageOut, status_code=status.HTTP_201_CREATED)
async def create_message(payload: ChatMessageIn, session: SessionDep) -> ChatMessage:
    message = ChatMessage(**payload.model_dump())
    session.add(message)
    await session.commit()
    return message


# endregion list_create


# region detail
@router.get("/{message_id}/", response_model=ChatMessageOut)
async def read_message(message_id: MessageId, session: SessionDep) -> ChatMessage:
    return await get_message_or_404(session, message_id)


@router.put("/{message_id}/", response_model=ChatMessageOut)
async def replace_message(
    message_id: MessageId, payload: ChatMessageIn, session: SessionDep
) -> ChatMessage:
    return await update_message(session, message_id, payload.model_dump())


@router.patch("/{message_id}/", response_model=ChatMessageOut)
async def patch_message(
    message_id: MessageId,
    payload: Annotated[ChatMessagePatch, Body(default_factory=ChatMessagePatch)],
    session: SessionDep,
) -> ChatMessage:
    return await update_message(
        session, message_id, payload.model_dump(exclude_unset=True)
    )


@router.delete("/{message_id}/", status_code=status.HTTP_204_NO_CONTENT)
async def delete_message(message_id: MessageId, session: SessionDep) -> Response:
    await session.delete(await get_message_or_404(session, message_id))
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# endregion detail


async def update_message(
    session: AsyncSession, message_id: int, changes: dict[str, str]
) -> ChatMessage:
    message = await get_message_or_404(session, message_id)
    for field, value in changes.items():
        setattr(message, field, value)
    await session.commit()
    return message
