from fastapi import APIRouter, status

from capstone.fastapi_app import messages
from capstone.fastapi_app.db import SessionDep
from capstone.fastapi_app.models import ChatMessage
from capstone.fastapi_app.schemas import ChatMessageOut
from phase3_compare.fastapi_app.schemas import (
    LimitedChatMessageIn,
    LimitedChatMessagePatch,
)

router = APIRouter(prefix="/api/messages", tags=["messages"])

# region reuse
# Reads and deletes are the capstone's own functions, registered again (like path() in a
# URLconf).
router.add_api_route(
    "/", messages.list_messages, methods=["GET"], response_model=list[ChatMessageOut]
)
router.add_api_route(
    "/{message_id}/",
    messages.read_message,
    methods=["GET"],
    response_model=ChatMessageOut,
)
router.add_api_route(
    "/{message_id}/", messages.delete_message, methods=["DELETE"], status_code=204
)
# endregion reuse


# region writes
# Writes validate with the stricter schemas, then do exactly what the capstone does.
@router.post("/", response_model=ChatMessageOut, status_code=status.HTTP_201_CREATED)
async def create_message(
    payload: LimitedChatMessageIn, session: SessionDep
) -> ChatMessage:
    return await messages.create_message(payload, session)


@router.put("/{message_id}/", response_model=ChatMessageOut)
async def replace_message(
    message_id: int, payload: LimitedChatMessageIn, session: SessionDep
) -> ChatMessage:
    return await messages.replace_message(message_id, payload, session)


@router.patch("/{message_id}/", response_model=ChatMessageOut)
async def patch_message(
    message_id: int, payload: LimitedChatMessagePatch, session: SessionDep
) -> ChatMessage:
    return await messages.patch_message(message_id, payload, session)


# endregion writes
