from collections.abc import AsyncIterator
from datetime import datetime

import pytest
import pytest_asyncio
from httpx2 import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from admin_site.fastapi_app import db
from admin_site.fastapi_app.main import STAFF_TOKEN, app
from admin_site.fastapi_app.models import Base, Order
from sqlite_fixtures import client_with_sessions, sessions_for, sqlite_engine

STAFF = {"X-Staff-Token": STAFF_TOKEN}


@pytest_asyncio.fixture
async def session_factory(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    async with sqlite_engine(tmp_path / "orders.sqlite3", Base.metadata) as engine:
        factory = sessions_for(engine)
        async with factory() as session:
            session.add_all(
                [
                    Order(
                        number="A-1001",
                        customer_email="ada@example.com",
                        total_cents=4200,
                        status="paid",
                        created_at=datetime(2025, 1, 1),
                    ),
                    Order(
                        number="A-1002",
                        customer_email="grace@example.com",
                        total_cents=1999,
                        created_at=datetime(2025, 1, 2),
                    ),
                    Order(
                        number="A-1003",
                        customer_email="ada@example.com",
                        total_cents=500,
                        status="refunded",
                        created_at=datetime(2025, 1, 3),
                    ),
                ]
            )
            await session.commit()
        yield factory


@pytest_asyncio.fixture
async def client(session_factory) -> AsyncIterator[AsyncClient]:
    async with client_with_sessions(app, db.get_session, session_factory) as client:
        yield client


# region orders
@pytest.mark.asyncio
async def test_list_is_newest_first(client):
    response = await client.get("/internal/orders", headers=STAFF)
    assert response.status_code == 200
    assert [order["number"] for order in response.json()] == [
        "A-1003",
        "A-1002",
        "A-1001",
    ]


@pytest.mark.asyncio
async def test_q_matches_the_exact_number_or_part_of_the_email(client):
    by_number = await client.get(
        "/internal/orders", params={"q": "A-1002"}, headers=STAFF
    )
    assert [order["number"] for order in by_number.json()] == ["A-1002"]
    by_email = await client.get("/internal/orders", params={"q": "ADA@"}, headers=STAFF)
    assert [order["number"] for order in by_email.json()] == ["A-1003", "A-1001"]


@pytest.mark.asyncio
async def test_status_filters_the_rows(client):
    response = await client.get(
        "/internal/orders", params={"status": "pending"}, headers=STAFF
    )
    assert [(order["number"], order["status"]) for order in response.json()] == [
        ("A-1002", "pending")
    ]


@pytest.mark.asyncio
async def test_without_the_staff_token_there_is_no_list(client):
    assert (await client.get("/internal/orders")).status_code == 422  # header missing
    wrong = await client.get("/internal/orders", headers={"X-Staff-Token": "guess"})
    assert wrong.status_code == 403


# endregion orders


@pytest.mark.asyncio
async def test_limit_is_bounded(client):
    assert (
        await client.get("/internal/orders", params={"limit": 1}, headers=STAFF)
    ).json()[0]["number"] == "A-1003"
    assert (
        await client.get("/internal/orders", params={"limit": 500}, headers=STAFF)
    ).status_code == 422


@pytest.mark.asyncio
async def test_get_session_yields_a_working_session(monkeypatch, session_factory):
    monkeypatch.setattr(db, "SessionFactory", session_factory)
    async for session in db.get_session():
        assert (
            await session.execute(text("select count(*) from orders"))
        ).scalar() == 3
