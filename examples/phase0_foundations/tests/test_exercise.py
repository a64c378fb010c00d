import re

import pytest

from phase0_foundations.django_app.models import Conversation, Message

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("phase0_foundations.django_app.urls"),
]
SERVER_TIMING = "phase0_foundations.exercise.server_timing.ServerTimingMiddleware"


@pytest.fixture
def conversations(db) -> list[Conversation]:
    """Two messages, one message and an empty conversation: every branch of the digest."""
    chat, note, empty = (
        Conversation.objects.create(title=t) for t in ("Chat", "Note", "Empty")
    )
    Message.objects.create(conversation=chat, role="user", content="Hi")
    Message.objects.create(conversation=chat, role="assistant", content="Hello!")
    Message.objects.create(conversation=note, role="system", content="Be brief.")
    return [chat, note, empty]


# region tests
def test_the_starter_is_n_plus_one(client, conversations, django_assert_num_queries):
    with django_assert_num_queries(1 + 2 * 3):
        client.get("/digest/starter/")


def test_the_solution_is_one_query(client, conversations, django_assert_num_queries):
    expected = client.get("/digest/starter/").json()
    with django_assert_num_queries(1):
        response = client.get("/digest/")
    assert response.json() == expected
    chat, note, empty = conversations
    assert expected["conversations"] == [
        {"id": chat.id, "title": "Chat", "message_count": 2, "latest": "Hello!"},
        {"id": note.id, "title": "Note", "message_count": 1, "latest": "Be brief."},
        {"id": empty.id, "title": "Empty", "message_count": 0, "latest": None},
    ]


def test_server_timing_shows_the_difference(client, settings, conversations):
    # first: it times everything
    settings.MIDDLEWARE = [SERVER_TIMING, *settings.MIDDLEWARE]
    starter, solution = client.get("/digest/starter/"), client.get("/digest/")
    header = re.compile(r'app;dur=\d+\.\d, db;dur=\d+\.\d;desc="queries: 7"')
    assert header.fullmatch(starter["Server-Timing"])
    assert solution["Server-Timing"].endswith('desc="queries: 1"')


# endregion tests
