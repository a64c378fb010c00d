"""Django's per-request connection handling, done by hand for FastAPI."""

from collections.abc import AsyncIterator, Callable
from typing import ParamSpec, TypeVar

from asgiref.sync import sync_to_async
from django.db import close_old_connections

P = ParamSpec("P")
T = TypeVar("T")


# region request_scope
async def django_connections() -> AsyncIterator[None]:
    """What Django's request_started and request_finished signals do.

    Django's async ORM methods (aget, acreate, async for) run on one shared
    thread; sync_to_async's default, thread_sensitive=True, runs this there too.
    """
    await sync_to_async(close_old_connections)()
    try:
        yield
    finally:
        await sync_to_async(close_old_connections)()


# endregion request_scope


# region orm_block
def in_request_scope(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    close_old_connections()  # on this worker thread, whose connection it is
    try:
        return function(*args, **kwargs)
    finally:
        close_old_connections()


async def run_orm_block(
    function: Callable[P, T], *args: P.args, **kwargs: P.kwargs
) -> T:
    """Run a block of sync ORM code in a worker thread, beside other requests."""
    return await sync_to_async(in_request_scope, thread_sensitive=False)(
        function, *args, **kwargs
    )


# endregion orm_block
