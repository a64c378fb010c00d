from typing import Annotated

from pydantic import StringConstraints

from capstone.fastapi_app.schemas import ChatMessageIn, ChatMessagePatch, Content

# region schemas
# The capstone's rules (trimmed, not blank) plus a maximum, counted after trimming as
# DRF does.
LimitedContent = Annotated[Content, StringConstraints(max_length=4000)]


class LimitedChatMessageIn(ChatMessageIn):
    content: LimitedContent


class LimitedChatMessagePatch(ChatMessagePatch):
    content: LimitedContent | None = None


# endregion schemas
