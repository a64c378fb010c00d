"""Fixtures for the FastAPI tests.

The example modules are imported inside the fixtures, not at the top: pytest loads this file
before it starts recording which example files the tests execute.
"""

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest_asyncio
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session, sessionmaker

from sqlite_fixtures import sqlite_engine


@pytest_asyncio.fixture
async def engine(tmp_path) -> AsyncIterator[AsyncEngine]:
    from orm_queries.fastapi_app.models import Base

    async with sqlite_engine(tmp_path / "orm.sqlite3", Base.metadata) as engine:
        yield engine


@pytest_asyncio.fixture
async def session_factory(engine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


@pytest_asyncio.fixture
async def shop(session_factory) -> dict[str, int]:
    """The same rows as the Django tests: four customers, five orders."""
    from orm_queries.fastapi_app.models import Customer, Order

    now = datetime.now(UTC)
    async with session_factory() as session:
        ada = Customer(
            name="Ada", email="ada@example.com", created_at=now - timedelta(days=3)
        )
        bob = Customer(
            name="Bob", email="bob@example.com", created_at=now - timedelta(days=1)
        )
        tester = Customer(name="QA Tester", email="qa@example.com", created_at=now)
        other = Customer(name="Cy", email="cy@elsewhere.org", created_at=now)
        session.add_all([ada, bob, tester, other])
        session.add_all(
            [
                Order(
                    customer=ada, status="paid", total=Decimal("120.00"), created_at=now
                ),
                Order(
                    customer=ada, status="paid", total=Decimal("80.00"), created_at=now
                ),
                Order(
                    customer=bob,
                    status="pending",
                    total=Decimal("300.00"),
                    created_at=now,
                ),
                Order(
                    customer=bob,
                    status="refunded",
                    total=Decimal("50.00"),
                    created_at=now,
                ),
                Order(
                    customer=other,
                    status="paid",
                    total=Decimal("40.00"),
                    created_at=now,
                ),
            ]
        )
        await session.commit()
        return {"ada": ada.id, "bob": bob.id, "tester": tester.id, "other": other.id}


@pytest_asyncio.fixture
async def fastapi_client(
    engine, session_factory, tmp_path
) -> AsyncIterator[AsyncClient]:
    from orm_queries.fastapi_app import db, sync_routes
    from orm_queries.fastapi_app.main import app

    async def session_for_test() -> AsyncIterator[AsyncSession]:
        async with session_factory() as session:
            yield session

    sync_engine = create_engine(f"sqlite:///{tmp_path / 'orm.sqlite3'}")
    sync_factory = sessionmaker(sync_engine, expire_on_commit=False)

    def sync_session_for_test() -> Iterator[Session]:
        with sync_factory() as session:
            yield session

    app.dependency_overrides[db.get_session] = session_for_test
    app.dependency_overrides[sync_routes.get_sync_session] = sync_session_for_test
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        yield client
    app.dependency_overrides.clear()
    sync_engine.dispose()
