from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from fastapi import FastAPI
from httpx2 import AsyncClient
from rest_framework.test import APIClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from sqlite_fixtures import client_with_sessions, sessions_for, sqlite_engine

# Example modules are imported inside the fixtures, not here: pytest loads this file
# before the suite starts recording which example files run.


@pytest.fixture
def drf_client() -> APIClient:
    return APIClient()


@pytest_asyncio.fixture
async def session_factory(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    from validation.fastapi_app.models import Base

    async with sqlite_engine(tmp_path / "test.sqlite3", Base.metadata) as engine:
        yield sessions_for(engine)


async def client_for(app: FastAPI, session_factory) -> AsyncIterator[AsyncClient]:
    from validation.fastapi_app import db

    async with client_with_sessions(app, db.get_session, session_factory) as client:
        yield client


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
