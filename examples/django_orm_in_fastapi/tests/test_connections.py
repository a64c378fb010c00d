"""Connection lifetime: what Django's request signals did, done by the dependency."""

import time

import pytest
from asgiref.sync import sync_to_async
from django.db import connection, connections

from django_orm_in_fastapi.connections import run_orm_block
from django_orm_in_fastapi.django_app.models import Item
from django_orm_in_fastapi.tests.conftest import (
    close_orm_thread_connection,
    orm_thread_connection,
)

pytestmark = pytest.mark.asyncio


def count_items():
    """Sync ORM code that also returns the connection it ran on."""
    Item.objects.count()
    return connections["default"]


# region per_request
async def test_each_request_closes_its_connection(client):
    assert (await client.get("/items")).status_code == 200
    assert await orm_thread_connection() is None  # CONN_MAX_AGE = 0: closed at the end


async def test_outside_a_request_nothing_closes_it(transactional_db):
    await Item.objects.acount()  # no request, so no django_connections dependency
    assert await orm_thread_connection() is not None  # open until someone closes it
    await close_orm_thread_connection()


async def test_conn_max_age_keeps_a_connection_until_it_is_too_old(client, monkeypatch):
    monkeypatch.setitem(connections.settings["default"], "CONN_MAX_AGE", 60)
    await client.get("/items")
    first = await orm_thread_connection()
    await client.get("/items")
    assert await orm_thread_connection() is first  # kept and reused

    await sync_to_async(lambda: setattr(connection, "close_at", time.monotonic() - 1))()
    await Item.objects.acount()  # outside a request: nobody checks its age
    assert await orm_thread_connection() is first
    await client.get("/items")  # the dependency closes it, the endpoint reconnects
    assert await orm_thread_connection() is not first


# endregion per_request


async def test_run_orm_block_closes_the_worker_threads_connection(transactional_db):
    used = await run_orm_block(count_items)
    assert used.connection is None


async def test_a_bare_worker_thread_keeps_its_connection(transactional_db):
    used = await sync_to_async(count_items, thread_sensitive=False)()
    assert used.connection is not None  # left open on a pool thread

    def close_from_another_thread() -> None:
        used.inc_thread_sharing()  # Django forbids it unless sharing is allowed
        used.close()
        used.dec_thread_sharing()

    await sync_to_async(close_from_another_thread)()
