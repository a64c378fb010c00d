from rest_framework import serializers

from auth.django_app.models import Message


# region serializer
class MessageSerializer(serializers.ModelSerializer):
    # Read-only: the owner comes from request.user in perform_create, never from the
    # body.
    owner = serializers.ReadOnlyField(source="owner.username")

    class Meta:
        model = Message
        fields = ["id", "owner", "text", "created_at"]


# endregion serializer
