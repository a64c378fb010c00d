"""Test plumbing shared by the FastAPI examples' tests; no page shows it.

A throwaway SQLite file per test, and an httpx2 client (the HTTP client Starlette's TestClient
is built on) whose app takes its database sessions from it, so each test starts from empty
tables and leaves nothing behind.
"""

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy import MetaData
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)


@asynccontextmanager
async def sqlite_engine(path: Path, metadata: MetaData) -> AsyncIterator[AsyncEngine]:
    """An async engine on a new SQLite file that holds `metadata`'s tables; disposed on exit."""
    engine = create_async_engine(f"sqlite+aiosqlite:///{path}")
    try:
        async with engine.begin() as connection:
            await connection.run_sync(metadata.create_all)
        yield engine
    finally:
        await engine.dispose()


def sessions_for(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: a test reads what it committed without another query.
    return async_sessionmaker(engine, expire_on_commit=False)


@asynccontextmanager
async def client_with_sessions(
    app: FastAPI,
    get_session: Callable,
    sessions: async_sessionmaker[AsyncSession],
    base_url: str = "http://test",
) -> AsyncIterator[AsyncClient]:
    """An httpx2 client for `app` whose `get_session` dependency yields sessions from `sessions`.

    All of the app's dependency overrides are cleared on exit, including any a test added.
    """

    async def session_for_test() -> AsyncIterator[AsyncSession]:
        async with sessions() as session:
            yield session

    app.dependency_overrides[get_session] = session_for_test
    try:
        async with AsyncClient(
            transport=ASGITransport(app=app), base_url=base_url
        ) as client:
            yield client
    finally:
        app.dependency_overrides.clear()
