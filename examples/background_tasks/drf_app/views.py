from django.db import transaction
from rest_framework import generics

from background_tasks.django_app.models import Signup
from background_tasks.django_app.tasks import send_welcome_email
from background_tasks.drf_app.serializers import SignupSerializer


# region signup
class SignupCreate(generics.CreateAPIView):
    serializer_class = SignupSerializer

    @transaction.atomic
    def perform_create(self, serializer: SignupSerializer) -> None:
        signup: Signup = serializer.save()
        # Celery 5.4+: the same on_commit() call, built into every task of a Django
        # project.
        send_welcome_email.delay_on_commit(signup.pk)


# endregion signup
