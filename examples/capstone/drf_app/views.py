from django.http import JsonResponse
from rest_framework import viewsets

from capstone.django_app.models import ChatMessage
from capstone.drf_app.serializers import ChatMessageSerializer, SessionFilter


# region viewset
class ChatMessageViewSet(viewsets.ModelViewSet):
    serializer_class = ChatMessageSerializer

    def get_queryset(self):
        messages = ChatMessage.objects.all()
        if self.action == "list":  # listing is always per conversation
            query = SessionFilter(data=self.request.query_params)
            query.is_valid(raise_exception=True)
            messages = messages.filter(session_id=query.validated_data["session_id"])
        return messages


# endregion viewset


def not_found(request, exception):
    """handler404: a URL the router does not match gets JSON, not Django's HTML page."""
    return JsonResponse({"detail": "Not found."}, status=404)
