from typing import Annotated, Any, Literal

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import aget_object_or_404
from ninja import ModelSchema, NinjaAPI, PatchDict, Router
from ninja.errors import ValidationError
from pydantic import BaseModel, BeforeValidator, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from capstone.django_app.models import ChatMessage

# Checked after stripping: forbids NUL, which DRF's CharField refuses too (PostgreSQL
# cannot store it), and tells the OpenAPI schema that blank text is invalid.
TEXT = r"^[^\x00]*[^\s\x00][^\x00]*$"


# region schemas
def drf_choice(value: Any) -> Any:
    # DRF's message names the rejected value; Ninja's errors drop the input, so the
    # schema raises the message itself.
    if value not in ChatMessage.Role.values:
        message = '"{input}" is not a valid choice.'
        raise PydanticCustomError("invalid_choice", message, {"input": value})
    return value


Role = Annotated[Literal["user", "assistant", "system"], BeforeValidator(drf_choice)]
# DRF's CharField strips surrounding whitespace and rejects what is left empty.
Content = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, pattern=TEXT)
]
SessionId = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=TEXT),
]


# A plain Pydantic model: ninja.Schema reads fields from any object's attributes, so a
# JSON list would pass as "no fields sent", a valid PATCH.
class ChatMessageIn(BaseModel):
    role: Role
    content: Content
    session_id: SessionId

    @field_validator("role", "content", "session_id", mode="before")
    @classmethod
    def reject_null(cls, value: object) -> object:
        # PatchDict makes every field optional; sending null is still an error.
        if value is None:
            raise PydanticCustomError("null", "This field may not be null.")
        return value


class ChatMessageOut(ModelSchema):
    id: int  # ModelSchema types the primary key int | None: unsaved objects have none

    class Meta:
        model = ChatMessage
        fields = ["id", "session_id", "role", "content", "created_at"]


# endregion schemas


# region router
router = Router(tags=["messages"])


@router.get("/", response=list[ChatMessageOut])
async def list_messages(request: HttpRequest, session_id: SessionId):
    messages = ChatMessage.objects.filter(session_id=session_id)
    return [message async for message in messages]  # evaluated here, not by Ninja


@router.post("/", response={201: ChatMessageOut})
async def create_message(request: HttpRequest, payload: ChatMessageIn):
    return await ChatMessage.objects.acreate(**payload.model_dump())


# endregion router


# region detail
@router.get("/{int:message_id}/", response=ChatMessageOut)
async def read_message(request: HttpRequest, message_id: int):
    return await aget_object_or_404(ChatMessage, pk=message_id)


@router.put("/{int:message_id}/", response=ChatMessageOut)
async def replace_message(
    request: HttpRequest, message_id: int, payload: ChatMessageIn
):
    return await update_message(message_id, payload.model_dump())


@router.patch("/{int:message_id}/", response=ChatMessageOut)
async def patch_message(
    request: HttpRequest,
    message_id: int,
    payload: PatchDict[ChatMessageIn] = None,  # no body: nothing to change
):
    return await update_message(message_id, payload or {})  # only the fields sent


@router.delete("/{int:message_id}/", response={204: None})
async def delete_message(request: HttpRequest, message_id: int):
    message = await aget_object_or_404(ChatMessage, pk=message_id)
    await message.adelete()


# endregion detail


async def update_message(message_id: int, changes: dict[str, Any]) -> ChatMessage:
    message = await aget_object_or_404(ChatMessage, pk=message_id)
    for field, value in changes.items():
        setattr(message, field, value)
    await message.asave()
    return message


# region api
api = NinjaAPI(title="Chat messages", urls_namespace="capstone")
api.add_router("/messages/", router)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    # Ninja answers {"detail": "Not Found"}; DRF passes the exception's message on.
    return api.create_response(request, {"detail": str(exc)}, status=404)


# endregion api


# region drf_errors
DRF_MESSAGES = {
    "missing": "This field is required.",
    "string_too_short": "This field may not be blank.",
    "string_too_long": "Ensure this field has no more than {max_length} characters.",
    "string_type": "Not a valid string.",
    "string_pattern_mismatch": "Null characters are not allowed.",
}


@api.exception_handler(ValidationError)
def drf_style_validation_error(request: HttpRequest, exc: ValidationError):
    """400 with {"field": ["message", ...]} instead of Ninja's 422 {"detail": [...]}."""
    fields: dict[str, list[str]] = {}
    for error in exc.errors:
        # ("body", "payload", "role"), ("query", "session_id"); ("body", "payload")
        # when the body is not an object at all.
        source, *path = error["loc"]
        if source == "body":
            path = path[1:]  # drop the view's parameter name
        field = str(path[-1]) if path else "non_field_errors"
        template = DRF_MESSAGES.get(error["type"])
        message = template.format(**error.get("ctx", {})) if template else error["msg"]
        fields.setdefault(field, []).append(message)
    return api.create_response(request, fields, status=400)


# endregion drf_errors
