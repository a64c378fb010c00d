import threading

import pytest
from asgiref.sync import async_to_sync
from django.core.asgi import get_asgi_application
from django.core.exceptions import SynchronousOnlyOperation
from django.db import IntegrityError, connection

from phase0_foundations.django_app.models import Conversation, Message

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("phase0_foundations.django_app.urls"),
]


# region async_views
def test_an_async_view_reads_with_aget_and_async_for(client, conversation):
    response = client.get(f"/conversations/{conversation.id}/")
    assert response.json() == {
        "title": "Weekend plans",
        "messages": ["Any ideas?", "A hike.", "Where?"],
    }


def test_aget_raises_does_not_exist_like_get(client, db):
    assert client.get("/conversations/999/").status_code == 404


def test_acreate_and_acount(client, conversation):
    response = client.post(
        f"/conversations/{conversation.id}/messages/",
        {"role": "assistant", "content": "Up the hill."},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert response.json()["messages_in_conversation"] == 4
    assert Message.objects.get(id=response.json()["id"]).content == "Up the hill."


# endregion async_views


# region atomic
def test_the_transaction_commits_or_rolls_back_as_one(client, db):
    def start(title: str, message: str | None):
        body = {"title": title, "message": message}
        return client.post("/conversations/new/", body, content_type="application/json")

    created = start("Trip", "Hi")
    assert created.status_code == 201
    assert Conversation.objects.get(id=created.json()["id"]).messages.count() == 1
    # content is NOT NULL: the second insert fails...
    with pytest.raises(IntegrityError):
        start("Broken", None)
    # ...and undoes the first
    assert not Conversation.objects.filter(title="Broken").exists()


# endregion atomic


# region sync_only
async def title_of_first_message_lazily() -> str:
    message = await Message.objects.afirst()
    return message.conversation.title  # a lazy foreign key: a sync query in async code


async def title_of_first_message() -> str:
    message = await Message.objects.select_related("conversation").afirst()
    return message.conversation.title  # already loaded by the JOIN: no query here


def test_sync_orm_calls_inside_async_code_are_refused(conversation):
    # async_to_sync runs a coroutine from sync code, as a command or a test would.
    with pytest.raises(SynchronousOnlyOperation):
        async_to_sync(title_of_first_message_lazily)()
    assert async_to_sync(title_of_first_message)() == "Weekend plans"


# endregion sync_only


# region threads
def test_the_async_orm_runs_the_sql_in_a_thread(conversation):
    sql_threads = []

    def note_thread(execute, sql, params, many, context):
        sql_threads.append(threading.get_ident())
        return execute(sql, params, many, context)

    async def count_messages() -> tuple[int, int]:
        return threading.get_ident(), await Message.objects.acount()

    with connection.execute_wrapper(note_thread):
        loop_thread, total = async_to_sync(count_messages)()
    assert total == 3
    # the coroutine ran on the loop's thread...
    assert loop_thread != threading.get_ident()
    assert sql_threads == [threading.get_ident()]  # ...the SQL ran on this sync thread


# endregion threads


# region websocket
@pytest.mark.asyncio
async def test_django_alone_speaks_only_http_over_asgi():
    application = get_asgi_application()
    scope = {"type": "websocket", "path": "/chat/", "headers": []}
    with pytest.raises(
        ValueError, match="can only handle ASGI/HTTP connections, not websocket"
    ):
        await application(scope, receive=None, send=None)


# endregion websocket
