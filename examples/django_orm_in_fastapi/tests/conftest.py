import threading
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from asgiref.sync import sync_to_async
from django.db import connection
from django.db.backends.sqlite3.base import DatabaseWrapper
from httpx import ASGITransport, AsyncClient


@pytest.fixture(autouse=True)
def closable_thread_connections(monkeypatch) -> None:
    """Let close() really close connections on the ORM's threads, as on a real database.

    The test database is SQLite in memory, and Django ignores close() there: closing the
    last connection would delete the database. pytest's main thread keeps its connection
    open, so the other threads' connections may close.
    """
    main_thread = threading.main_thread().ident
    in_memory = DatabaseWrapper.is_in_memory_db

    def protected(wrapper: DatabaseWrapper) -> bool:
        return in_memory(wrapper) and wrapper._thread_ident == main_thread

    monkeypatch.setattr(DatabaseWrapper, "is_in_memory_db", protected)


@pytest_asyncio.fixture
async def client(transactional_db) -> AsyncIterator[AsyncClient]:
    """The app on pytest-django's test database.

    transactional_db: the ORM runs on other threads, outside the test's transaction.
    """
    from django_orm_in_fastapi.main import app

    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        yield client
    await close_orm_thread_connection()  # whatever a test left open on that thread


async def orm_thread_connection():
    """The raw DB-API connection on the thread Django's async ORM methods use, or None."""
    return await sync_to_async(lambda: connection.connection)()


async def close_orm_thread_connection() -> None:
    # A lambda: `connection.close` would be looked up on this thread's connection.
    await sync_to_async(lambda: connection.close())()
