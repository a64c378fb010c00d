import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_migrations_match_the_models():
    # Fails if someone edits models.py without running makemigrations.
    call_command(
        "makemigrations", "phase0_foundations", "--check", "--dry-run", verbosity=0
    )


def test_conversations_read_as_their_title(conversation):
    assert str(conversation) == "Weekend plans"
    assert [m.role for m in conversation.messages.all()] == [
        "user",
        "assistant",
        "user",
    ]
