import pytest
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext

from exchanges import record
from phase0_foundations.django_app.models import Conversation

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("phase0_foundations.django_app.urls"),
]
CONVERSATION_TABLE = 'FROM "phase0_foundations_conversation"'


# region detect
def test_count_the_queries(client, three_conversations, django_assert_num_queries):
    # 1 query for the messages, then 1 per message for its conversation: 1 + 6.
    with django_assert_num_queries(7):
        client.get("/feed/slow/")


def test_capture_the_sql(client, three_conversations):
    with CaptureQueriesContext(connection) as captured:  # works with DEBUG = False
        response = client.get("/feed/slow/")
    statements = [query["sql"] for query in captured.captured_queries]
    lookups = [sql for sql in statements if CONVERSATION_TABLE in sql]
    assert len(lookups) == 6  # the same SELECT, once per message
    record("phase0_foundations/django-n-plus-one", response, sql=statements)


def test_connection_queries_needs_debug(client, settings, three_conversations):
    settings.DEBUG = False
    reset_queries()
    client.get("/feed/slow/")
    assert connection.queries == []  # nothing is recorded in production settings
    settings.DEBUG = True
    reset_queries()
    client.get("/feed/slow/")
    assert len(connection.queries) == 7


# endregion detect


# region fixed
def test_select_related_makes_it_one(
    client, three_conversations, django_assert_num_queries
):
    slow = client.get("/feed/slow/").json()
    with django_assert_num_queries(1) as captured:
        response = client.get("/feed/")
    fast = response.json()
    assert fast == slow and len(fast["messages"]) == 6
    record(
        "phase0_foundations/django-select-related",
        response,
        sql=[query["sql"] for query in captured.captured_queries],
    )


def test_prefetch_related_makes_it_two(
    client, three_conversations, django_assert_num_queries
):
    with django_assert_num_queries(2):
        first = client.get("/conversations/").json()["conversations"][0]
    assert first["messages"] == ["Hello from Conversation 1", "Hello!"]
    Conversation.objects.bulk_create(Conversation(title=f"More {n}") for n in range(10))
    with django_assert_num_queries(2):  # still two, with 13 conversations
        assert len(client.get("/conversations/").json()["conversations"]) == 13


# endregion fixed


# region prefetch_trap
def test_new_queries_ignore_the_prefetch(
    three_conversations, django_assert_num_queries
):
    conversations = list(Conversation.objects.prefetch_related("messages"))
    with django_assert_num_queries(0):
        assert [len(c.messages.all()) for c in conversations] == [2, 2, 2]  # prefetched
        assert [c.messages.count() for c in conversations] == [2, 2, 2]  # so is this
    with django_assert_num_queries(3):
        [c.messages.last() for c in conversations]  # a new query per conversation


# endregion prefetch_trap
