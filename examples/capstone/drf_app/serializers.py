from django.db import models
from rest_framework import serializers

from capstone.django_app.models import ChatMessage


class StrictCharField(serializers.CharField):
    """Rejects numbers, which CharField would store as text ({"session_id": 0} -> "0")."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")  # "Not a valid string.", as for a list or a dict
        return super().to_internal_value(data)


class StrictModelSerializer(serializers.ModelSerializer):
    """A ModelSerializer whose text fields accept strings only, as the OpenAPI schema says."""

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.CharField: StrictCharField,
        models.TextField: StrictCharField,
    }


# region serializers
class ChatMessageSerializer(StrictModelSerializer):
    class Meta:
        model = ChatMessage
        fields = ["id", "session_id", "role", "content", "created_at"]
        read_only_fields = ["created_at"]


class SessionFilter(serializers.Serializer):
    """Validates the list endpoint's query string like any other input."""

    session_id = serializers.CharField(max_length=64)


# endregion serializers
