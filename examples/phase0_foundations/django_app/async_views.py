import json

from asgiref.sync import sync_to_async
from django.db import transaction
from django.http import Http404, HttpRequest, JsonResponse
from django.shortcuts import aget_object_or_404

from phase0_foundations.django_app.models import Conversation, Message


# region async_view
async def conversation_detail(request: HttpRequest, pk: int) -> JsonResponse:
    try:
        conversation = await Conversation.objects.aget(pk=pk)
    except Conversation.DoesNotExist as error:
        raise Http404("No such conversation") from error
    # async for runs the query in a worker thread and hands the rows to the event loop.
    messages = [message.content async for message in conversation.messages.all()]
    return JsonResponse({"title": conversation.title, "messages": messages})


async def add_message(request: HttpRequest, pk: int) -> JsonResponse:
    # the same, as a shortcut
    conversation = await aget_object_or_404(Conversation, pk=pk)
    payload = json.loads(request.body)
    message = await Message.objects.acreate(
        conversation=conversation, role=payload["role"], content=payload["content"]
    )
    total = await conversation.messages.acount()
    return JsonResponse(
        {"id": message.id, "messages_in_conversation": total}, status=201
    )


# endregion async_view


# region sync_to_async
@sync_to_async
def start_conversation(title: str, first_message: str) -> Conversation:
    # atomic() has no async form yet: the whole transaction lives in one sync function.
    with transaction.atomic():
        conversation = Conversation.objects.create(title=title)
        conversation.messages.create(role="user", content=first_message)
    return conversation


async def create_conversation(request: HttpRequest) -> JsonResponse:
    payload = json.loads(request.body)
    conversation = await start_conversation(payload["title"], payload["message"])
    return JsonResponse(
        {"id": conversation.id, "title": conversation.title}, status=201
    )


# endregion sync_to_async
