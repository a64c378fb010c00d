from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from async_concurrency import rates, upstreams
from async_concurrency.fastapi_app import db
from async_concurrency.fastapi_app.main import app, lifespan
from async_concurrency.fastapi_app.models import Base
from async_concurrency.inflight import InFlight
from sqlite_fixtures import sessions_for, sqlite_engine


@pytest.fixture(autouse=True)
def fresh_counters(monkeypatch):
    monkeypatch.setattr(rates, "lookups", InFlight())
    monkeypatch.setattr(upstreams, "calls", InFlight())


@pytest_asyncio.fixture
async def session_factory(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    async with sqlite_engine(tmp_path / "test.sqlite3", Base.metadata) as engine:
        yield sessions_for(engine)


@pytest_asyncio.fixture
async def fastapi_client(session_factory) -> AsyncIterator[AsyncClient]:
    """The FastAPI app with its lifespan running and a per-test database."""

    async def session_for_test() -> AsyncIterator[AsyncSession]:
        async with session_factory() as session:
            yield session

    app.dependency_overrides[db.get_session] = session_for_test
    async with lifespan(app):  # ASGITransport does not run the lifespan by itself
        async with AsyncClient(
            transport=ASGITransport(app=app), base_url="http://test"
        ) as client:
            yield client
    app.dependency_overrides.clear()
