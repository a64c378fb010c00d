from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from httpx2 import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from data_modeling.fastapi_app import db, notifications
from data_modeling.fastapi_app.main import app
from data_modeling.fastapi_app.models import Base
from sqlite_fixtures import client_with_sessions, sessions_for, sqlite_engine


@pytest_asyncio.fixture
async def session_factory(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    async with sqlite_engine(tmp_path / "test.sqlite3", Base.metadata) as engine:
        yield sessions_for(engine)


@pytest_asyncio.fixture
async def client(session_factory) -> AsyncIterator[AsyncClient]:
    async with client_with_sessions(app, db.get_session, session_factory) as client:
        yield client


@pytest.fixture(autouse=True)
def empty_outbox() -> Iterator[list[tuple[str, str]]]:
    notifications.outbox.clear()  # module-level, so each test starts from an empty one
    yield notifications.outbox
    notifications.outbox.clear()
