from collections.abc import AsyncIterator

import pytest_asyncio
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from performance.fastapi_app import db
from performance.fastapi_app.main import app
from performance.fastapi_app.models import Author, Base, Book


@pytest_asyncio.fixture
async def engine(tmp_path) -> AsyncIterator[AsyncEngine]:
    """The example's engine settings on a per-test database: 3 authors with 2 books each."""
    engine = db.make_engine(f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}")
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    async with async_sessionmaker(engine)() as session, session.begin():
        for number in range(1, 4):
            author = Author(name=f"Author {number}")
            session.add_all(
                [
                    Book(
                        author=author, title=f"Book {number}{part}", year=2000 + number
                    )
                    for part in "ab"
                ]
            )
    yield engine
    await engine.dispose()


@pytest_asyncio.fixture
async def fastapi_client(engine) -> AsyncIterator[AsyncClient]:
    factory = async_sessionmaker(engine, expire_on_commit=False)

    async def session_for_test() -> AsyncIterator[AsyncSession]:
        async with factory() as session:
            yield session

    app.dependency_overrides[db.get_session] = session_for_test
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        yield client
    app.dependency_overrides.clear()
