from django.conf import settings
from rest_framework import serializers

from testing.django_app.models import Task


# region serializer
class TaskSerializer(serializers.ModelSerializer):
    # Not sent by clients but filled from request.user, so DRF can check (owner, title).
    owner = serializers.HiddenField(default=serializers.CurrentUserDefault())

    class Meta:
        model = Task
        fields = ["id", "title", "done", "owner"]

    def validate(self, attrs: dict) -> dict:
        # a project setting with a default
        limit = getattr(settings, "TASKS_MAX_OPEN", 20)
        if Task.objects.filter(owner=attrs["owner"], done=False).count() >= limit:
            raise serializers.ValidationError(f"You already have {limit} open tasks.")
        return attrs


# endregion serializer
