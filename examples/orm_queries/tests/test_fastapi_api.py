from decimal import Decimal

import pytest
import pytest_asyncio
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from exchanges import record
from orm_queries.fastapi_app import db, sync_routes
from orm_queries.fastapi_app.models import Customer, Order
from orm_queries.fastapi_app.query_counter import count_queries


@pytest_asyncio.fixture
async def customers(session_factory) -> list[int]:
    async with session_factory() as session:
        created = []
        for number in range(5):
            customer = Customer(
                name=f"Customer {number}", email=f"c{number}@example.com"
            )
            session.add(customer)
            session.add_all(
                [Order(customer=customer, total=Decimal(t)) for t in ("10.00", "20.00")]
            )
            created.append(customer)
        await session.commit()
        return [customer.id for customer in created]


@pytest.mark.asyncio
async def test_order_list_is_one_query_with_joinedload(
    fastapi_client, engine, customers
):
    with count_queries(engine.sync_engine) as statements:
        response = await fastapi_client.get("/orders")
    assert len(statements) == 1 and "JOIN customers" in statements[0]
    assert response.status_code == 200
    body = response.json()
    assert len(body) == 10
    assert body[0]["customer"] == {
        "id": customers[0],
        "name": "Customer 0",
        "email": "c0@example.com",
    }
    assert body[0]["total"] == "10.00"
    record("orm_queries/fastapi-orders-joinedload", response, sql=statements)


@pytest.mark.asyncio
async def test_customer_list_is_three_queries_with_selectinload(
    fastapi_client, engine, customers
):
    with count_queries(engine.sync_engine) as statements:
        response = await fastapi_client.get("/customers", params={"limit": 5})
    # COUNT, the page, then every order of the page with IN (...)
    assert len(statements) == 3
    assert " IN (" in statements[2]
    body = response.json()
    assert body["count"] == 5
    assert [len(customer["orders"]) for customer in body["results"]] == [2, 2, 2, 2, 2]
    record("orm_queries/fastapi-customers-selectinload", response, sql=statements)


@pytest.mark.asyncio
async def test_pagination_is_offset_and_limit(fastapi_client, customers):
    response = await fastapi_client.get("/customers", params={"limit": 2, "offset": 2})
    body = response.json()
    assert [customer["name"] for customer in body["results"]] == [
        "Customer 2",
        "Customer 3",
    ]
    # the envelope is the schema you wrote
    assert body["count"] == 5 and "next" not in body
    record("orm_queries/fastapi-customers-page", response)
    # le=100
    assert (
        await fastapi_client.get("/customers", params={"limit": 1000})
    ).status_code == 422


@pytest.mark.asyncio
async def test_detail_is_session_get_or_404(fastapi_client, customers):
    response = await fastapi_client.get(f"/customers/{customers[0]}")
    assert response.json() == {
        "id": customers[0],
        "name": "Customer 0",
        "email": "c0@example.com",
    }
    missing = await fastapi_client.get("/customers/999")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "Customer not found"}
    invalid = await fastapi_client.get("/customers/abc")
    assert invalid.status_code == 422
    assert invalid.json()["detail"][0]["loc"] == ["path", "customer_id"]


@pytest.mark.asyncio
async def test_summary_uses_await_and_async_for(fastapi_client, engine, customers):
    with count_queries(engine.sync_engine) as statements:
        response = await fastapi_client.get(f"/customers/{customers[1]}/summary")
    assert len(statements) == 3
    assert response.json() == {
        "name": "Customer 1",
        "order_count": 2,
        "totals": ["10.00", "20.00"],
    }
    assert (await fastapi_client.get("/customers/999/summary")).status_code == 404


@pytest.mark.asyncio
async def test_sync_endpoint_with_a_sync_session(fastapi_client, customers):
    response = await fastapi_client.get("/sync/customers", params={"offset": 3})
    assert [customer["name"] for customer in response.json()] == [
        "Customer 3",
        "Customer 4",
    ]


@pytest.mark.asyncio
async def test_session_dependencies_yield_working_sessions(
    monkeypatch, session_factory, tmp_path
):
    monkeypatch.setattr(db, "SessionFactory", session_factory)
    async for session in db.get_session():
        assert isinstance(session, AsyncSession)
        assert (await session.execute(text("select 1"))).scalar() == 1
    for sync_session in sync_routes.get_sync_session():
        assert isinstance(sync_session, Session)
