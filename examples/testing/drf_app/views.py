from functools import partial

from django.db import transaction
from rest_framework import viewsets
from rest_framework.permissions import IsAuthenticated

from testing.django_app.models import Task
from testing.drf_app import webhooks
from testing.drf_app.serializers import TaskSerializer


# region viewset
class TaskViewSet(viewsets.ModelViewSet):
    serializer_class = TaskSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Task.objects.filter(owner=self.request.user)

    def perform_create(self, serializer: TaskSerializer) -> None:
        task = serializer.save()
        # Only tell the outside world once the row is really committed.
        transaction.on_commit(partial(webhooks.task_created, task.pk))


# endregion viewset
