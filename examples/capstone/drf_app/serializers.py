from rest_framework import serializers

from capstone.django_app.models import ChatMessage


# region serializers
class ChatMessageSerializer(serializers.ModelSerializer):
    class Meta:
        model = ChatMessage
        fields = ["id", "session_id", "role", "content", "created_at"]
        read_only_fields = ["created_at"]


class SessionFilter(serializers.Serializer):
    """Validates the list endpoint's query string like any other input."""

    session_id = serializers.CharField(max_length=64)
# endregion serializers
