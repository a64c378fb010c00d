from django.http import HttpRequest, JsonResponse

from phase0_foundations.django_app.lifecycle import stages
from phase0_foundations.django_app.models import Conversation, Message


# region trace_view
def show_stages(request: HttpRequest) -> JsonResponse:
    stages(request).append("view")
    match = request.resolver_match  # set by the URL resolver, before any process_view()
    return JsonResponse({"url_name": match.url_name, "stages": stages(request)})


def show_request_id(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"request_id": request.request_id})


# endregion trace_view


# region n_plus_one
def feed_item(message: Message) -> dict[str, str | int]:
    # a query, unless the conversation is already loaded
    title = message.conversation.title
    return {"id": message.id, "content": message.content, "conversation": title}


def message_feed_slow(request: HttpRequest) -> JsonResponse:
    messages = Message.objects.order_by("-created_at", "-id")[:50]
    # feed_item reads message.conversation: one extra query per message.
    return JsonResponse({"messages": [feed_item(message) for message in messages]})


# endregion n_plus_one


# region select_related
def message_feed(request: HttpRequest) -> JsonResponse:
    # A JOIN brings each message's conversation along: one query in all.
    messages = Message.objects.select_related("conversation")
    messages = messages.order_by("-created_at", "-id")[:50]
    return JsonResponse({"messages": [feed_item(message) for message in messages]})


# endregion select_related


# region prefetch_related
def conversation_list(request: HttpRequest) -> JsonResponse:
    # Two queries: the conversations, then their messages WHERE conversation_id IN
    # (...).
    conversations = Conversation.objects.prefetch_related("messages").order_by("id")
    listing = [
        {
            "id": c.id,
            "title": c.title,
            "messages": [m.content for m in c.messages.all()],
        }
        for c in conversations
    ]
    return JsonResponse({"conversations": listing})


# endregion prefetch_related
