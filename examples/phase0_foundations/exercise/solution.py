from django.db.models import Count, OuterRef, Subquery
from django.http import HttpRequest, JsonResponse

from phase0_foundations.django_app.models import Conversation, Message


# region solution
def conversation_digest(request: HttpRequest) -> JsonResponse:
    """Same body as the starter, in one query: the database counts and picks the latest."""
    latest = Message.objects.filter(conversation=OuterRef("pk"))
    latest = latest.order_by("-created_at", "-id")  # the model's ordering, reversed
    conversations = Conversation.objects.annotate(
        message_count=Count("messages"),
        latest=Subquery(latest.values("content")[:1]),
    ).order_by("id")
    digest = [
        {
            "id": c.id,
            "title": c.title,
            "message_count": c.message_count,
            "latest": c.latest,
        }
        for c in conversations
    ]
    return JsonResponse({"conversations": digest})


# endregion solution
