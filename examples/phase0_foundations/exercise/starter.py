from django.http import HttpRequest, JsonResponse

from phase0_foundations.django_app.models import Conversation


# region starter
def conversation_digest(request: HttpRequest) -> JsonResponse:
    """Every conversation with its number of messages and the latest one."""
    digest = []
    for conversation in Conversation.objects.order_by("id"):
        latest = conversation.messages.last()
        digest.append(
            {
                "id": conversation.id,
                "title": conversation.title,
                "message_count": conversation.messages.count(),
                "latest": latest.content if latest else None,
            }
        )
    return JsonResponse({"conversations": digest})


# endregion starter
