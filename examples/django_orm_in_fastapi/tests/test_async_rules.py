"""What Django allows in async code, and which thread the work runs on."""

import asyncio
import threading

import pytest
from asgiref.sync import sync_to_async
from django.core.exceptions import SynchronousOnlyOperation
from starlette.concurrency import run_in_threadpool

from django_orm_in_fastapi import inventory
from django_orm_in_fastapi.connections import in_request_scope, run_orm_block
from django_orm_in_fastapi.django_app.models import Item
from django_orm_in_fastapi.tests.conftest import (
    close_orm_thread_connection,
    orm_thread_connection,
)

pytestmark = pytest.mark.asyncio


# region unsafe
async def test_sync_orm_in_async_def_raises():
    with pytest.raises(SynchronousOnlyOperation, match="use a thread or sync_to_async"):
        Item.objects.count()  # refused before it touches the database


async def test_the_same_call_in_a_thread_is_fine(transactional_db):
    assert await sync_to_async(Item.objects.count)() == 0
    await close_orm_thread_connection()
    # Starlette's thread pool works too; in_request_scope closes that thread's
    # connection.
    assert await run_in_threadpool(in_request_scope, Item.objects.count) == 0


# endregion unsafe


# region threads
async def test_thread_sensitive_true_runs_every_call_on_one_thread():
    two_at_once = threading.Barrier(2, timeout=0.5)  # needs two threads to pass
    with pytest.raises(threading.BrokenBarrierError):
        await asyncio.gather(
            sync_to_async(two_at_once.wait)(),  # thread_sensitive=True: the default
            sync_to_async(two_at_once.wait)(),  # waits for the first to finish
        )


async def test_thread_sensitive_false_runs_calls_side_by_side():
    two_at_once = threading.Barrier(2, timeout=5)
    await asyncio.gather(
        sync_to_async(two_at_once.wait, thread_sensitive=False)(),
        sync_to_async(two_at_once.wait, thread_sensitive=False)(),
    )


# endregion threads


async def test_the_async_orm_uses_the_thread_sensitive_thread(transactional_db):
    assert await orm_thread_connection() is None
    await Item.objects.acount()  # opens a connection: on which thread?
    assert await orm_thread_connection() is not None  # on sync_to_async's one thread
    await close_orm_thread_connection()


async def test_run_orm_block_reserves_stock(transactional_db):
    item = await Item.objects.acreate(name="Mug", stock=1)
    reservation = await run_orm_block(inventory.reserve, item.pk, 1)
    assert reservation.quantity == 1
    with pytest.raises(inventory.OutOfStock):
        await run_orm_block(inventory.reserve, item.pk, 1)
    await close_orm_thread_connection()  # acreate's
