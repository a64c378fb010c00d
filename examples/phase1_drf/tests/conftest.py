import pytest
from rest_framework.test import APIClient

from capstone.django_app.models import ChatMessage


@pytest.fixture
def client() -> APIClient:
    return APIClient()


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user("ada")


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("grace", is_staff=True)


@pytest.fixture
def session(db) -> list[ChatMessage]:
    """Session s-1: system, user, assistant, user, assistant; s-2 has one more message."""
    roles = ["system", "user", "assistant", "user", "assistant"]
    messages = [
        ChatMessage.objects.create(role=role, content=f"{n}: {role}", session_id="s-1")
        for n, role in enumerate(roles)
    ]
    ChatMessage.objects.create(role="user", content="elsewhere", session_id="s-2")
    return messages
