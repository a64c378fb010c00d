import pytest

from phase0_foundations.django_app.models import Conversation, Message


@pytest.fixture
def conversation(db) -> Conversation:
    """One conversation with two user messages and one assistant reply."""
    conversation = Conversation.objects.create(title="Weekend plans")
    Message.objects.create(conversation=conversation, role="user", content="Any ideas?")
    Message.objects.create(
        conversation=conversation, role="assistant", content="A hike."
    )
    Message.objects.create(conversation=conversation, role="user", content="Where?")
    return conversation


@pytest.fixture
def three_conversations(db) -> list[Conversation]:
    """Three conversations with two messages each: six messages in all."""
    conversations = [
        Conversation.objects.create(title=f"Conversation {n}") for n in (1, 2, 3)
    ]
    for conversation in conversations:
        greeting = f"Hello from {conversation.title}"
        Message.objects.create(conversation=conversation, role="user", content=greeting)
        Message.objects.create(
            conversation=conversation, role="assistant", content="Hello!"
        )
    return conversations
