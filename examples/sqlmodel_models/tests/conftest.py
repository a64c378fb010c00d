from collections.abc import AsyncIterator

import pytest_asyncio
from httpx2 import AsyncClient
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from sqlite_fixtures import client_with_sessions, sqlite_engine
from sqlmodel_models import db
from sqlmodel_models.main import app


@pytest_asyncio.fixture
async def engine(tmp_path):
    async with sqlite_engine(tmp_path / "test.sqlite3", SQLModel.metadata) as engine:
        yield engine


@pytest_asyncio.fixture
async def sessions(engine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


@pytest_asyncio.fixture
async def client(sessions) -> AsyncIterator[AsyncClient]:
    async with client_with_sessions(app, db.get_session, sessions) as client:
        yield client
