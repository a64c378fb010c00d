from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from rest_framework.test import APIClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

# Example modules are imported inside the fixtures, not here: pytest loads this file before the
# suite starts recording which example files run.


@pytest.fixture
def drf_client() -> APIClient:
    return APIClient()


@pytest_asyncio.fixture
async def session_factory(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    from validation.fastapi_app.models import Base

    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}")
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    yield async_sessionmaker(engine, expire_on_commit=False)
    await engine.dispose()


async def client_for(app: FastAPI, session_factory) -> AsyncIterator[AsyncClient]:
    from validation.fastapi_app import db

    async def session_for_test() -> AsyncIterator[AsyncSession]:
        async with session_factory() as session:
            yield session

    app.dependency_overrides[db.get_session] = session_for_test
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        yield client
    app.dependency_overrides.clear()


@pytest_asyncio.fixture
async def api(session_factory) -> AsyncIterator[AsyncClient]:
    """The FastAPI app with its default (422) validation errors."""
    from validation.fastapi_app import main

    async for client in client_for(main.app, session_factory):
        yield client


@pytest_asyncio.fixture
async def drf_style_api(session_factory) -> AsyncIterator[AsyncClient]:
    """The same routes in the app whose validation errors look like DRF's."""
    from validation.fastapi_app import drf_errors

    async for client in client_for(drf_errors.app, session_factory):
        yield client
