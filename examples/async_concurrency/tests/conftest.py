from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from httpx import ASGITransport, AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from async_concurrency import rates, upstreams
from async_concurrency.fastapi_app import db
from async_concurrency.fastapi_app.main import app, lifespan
from async_concurrency.fastapi_app.models import Base
from async_concurrency.inflight import InFlight


@pytest.fixture(autouse=True)
def fresh_counters(monkeypatch):
    monkeypatch.setattr(rates, "lookups", InFlight())
    monkeypatch.setattr(upstreams, "calls", InFlight())


@pytest_asyncio.fixture
async def session_factory(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}")
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    yield async_sessionmaker(engine, expire_on_commit=False)
    await engine.dispose()


@pytest_asyncio.fixture
async def fastapi_client(session_factory) -> AsyncIterator[AsyncClient]:
    """The FastAPI app with its lifespan running and a per-test database."""

    async def session_for_test() -> AsyncIterator[AsyncSession]:
        async with session_factory() as session:
            yield session

    app.dependency_overrides[db.get_session] = session_for_test
    async with lifespan(app):  # ASGITransport does not run the lifespan by itself
        async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
            yield client
    app.dependency_overrides.clear()
