import gc
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import MissingGreenlet, MultipleResultsFound, StatementError
from sqlalchemy.orm import lazyload

from orm_queries.fastapi_app import queries
from orm_queries.fastapi_app.models import Customer, Order
from orm_queries.fastapi_app.query_counter import count_queries


@pytest.mark.asyncio
async def test_where_with_column_operators(session_factory, shop):
    async with session_factory() as session:
        assert [c.name for c in await queries.example_customers(session)] == [
            "Bob",
            "Ada",
        ]


@pytest.mark.asyncio
async def test_in_and_gte_operators(session_factory, shop):
    async with session_factory() as session:
        orders = await queries.large_orders(
            session, ["paid", "pending"], Decimal("100")
        )
    assert [(o.status, o.total) for o in orders] == [
        ("pending", Decimal("300.00")),
        ("paid", Decimal("120.00")),
    ]


@pytest.mark.asyncio
async def test_a_statement_runs_only_when_executed(engine, session_factory, shop):
    async with session_factory() as session:
        with count_queries(engine.sync_engine) as statements:
            stmt = (
                select(Order)
                .where(Order.customer_id == shop["ada"])
                .where(Order.status == "paid")
            )
            assert statements == []
            rows = (await session.scalars(stmt)).all()
        assert len(statements) == 1 and len(rows) == 2
        with count_queries(engine.sync_engine) as statements:
            totals = [o.total for o in await queries.paid_orders(session, shop["ada"])]
        assert len(statements) == 1 and sorted(totals) == [
            Decimal("80.00"),
            Decimal("120.00"),
        ]


@pytest.mark.asyncio
async def test_scalar_one_or_none(session_factory, shop):
    async with session_factory() as session:
        assert (await queries.find_customer(session, "ada@example.com")).name == "Ada"
        assert await queries.find_customer(session, "nobody@example.com") is None
        with pytest.raises(MultipleResultsFound):
            (await session.execute(select(Customer))).scalar_one_or_none()


@pytest.mark.asyncio
async def test_offset_and_limit(engine, session_factory, shop):
    async with session_factory() as session:
        with count_queries(engine.sync_engine) as statements:
            page = await queries.customer_page(session, offset=1, limit=2)
    assert [c.name for c in page] == ["Bob", "QA Tester"]
    assert "LIMIT ? OFFSET ?" in statements[0]


@pytest.mark.asyncio
async def test_aggregate_with_func(session_factory, shop):
    async with session_factory() as session:
        assert await queries.revenue(session) == {
            "revenue": Decimal("240.00"),
            "orders": 3,
        }
        for order in (await session.scalars(select(Order))).all():
            await session.delete(order)
        await session.flush()
        assert await queries.revenue(session) == {"revenue": Decimal("0"), "orders": 0}


@pytest.mark.asyncio
async def test_group_by_and_having(engine, session_factory, shop):
    since = datetime.now(UTC) - timedelta(days=1)
    async with session_factory() as session:
        with count_queries(engine.sync_engine) as statements:
            rows = await queries.top_customers(session, since, minimum=Decimal("100"))
    assert [(customer.name, spent, count) for customer, spent, count in rows] == [
        ("Ada", Decimal("200.00"), 2)
    ]
    assert "HAVING" in statements[0]


@pytest.mark.asyncio
async def test_begin_commits_on_success(session_factory):
    async with session_factory() as session:
        customer = await queries.create_customer_with_orders(
            session, "Ada", "ada@example.com", [Decimal("10"), Decimal("20")]
        )
    async with session_factory() as session:
        assert (
            await session.scalar(
                select(func.count())
                .select_from(Order)
                .where(Order.customer_id == customer.id)
            )
            == 2
        )


@pytest.mark.asyncio
async def test_begin_rolls_back_the_customer_and_the_orders_on_failure(session_factory):
    async with session_factory() as session:
        with pytest.raises(ValueError, match="must be positive"):
            await queries.create_customer_with_orders(
                session, "Ada", "ada@example.com", [Decimal("10"), Decimal("-1")]
            )
    async with session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(Customer)) == 0
        assert await session.scalar(select(func.count()).select_from(Order)) == 0


@pytest.mark.asyncio
async def test_without_commit_nothing_is_saved(session_factory):
    # The opposite of Django's autocommit: a session is always inside a transaction.
    async with session_factory() as session:
        session.add(Customer(name="Ada", email="ada@example.com"))
        await session.flush()  # the INSERT ran...
    async with session_factory() as session:
        # ...and was rolled back
        assert await session.scalar(select(func.count()).select_from(Customer)) == 0


@pytest.mark.asyncio
async def test_unloaded_relationship_raises(session_factory, shop):
    async with session_factory() as session:
        customer = await session.get(Customer, shop["ada"])
        with pytest.raises(Exception, match="lazy='raise'"):
            _ = customer.orders


@pytest.mark.asyncio
async def test_a_query_per_row_is_the_n_plus_1(engine, session_factory, shop):
    async with session_factory() as session:
        with count_queries(engine.sync_engine) as statements:
            customers = (await session.scalars(select(Customer))).all()
            for customer in customers:
                await session.scalars(
                    select(Order).where(Order.customer_id == customer.id)
                )
    assert len(statements) == 1 + len(customers)


@pytest.mark.asyncio
async def test_the_default_lazy_load_cannot_run_in_async_code(session_factory, shop):
    # lazyload() restores the default strategy: the load would need I/O outside an
    # await.
    async with session_factory() as session:
        stmt = (
            select(Customer)
            .where(Customer.id == shop["ada"])
            .options(lazyload(Customer.orders))
        )
        customer = (await session.scalars(stmt)).one()
        with pytest.raises(StatementError, match="greenlet_spawn") as error:
            _ = customer.orders
        assert isinstance(error.value.orig, MissingGreenlet)  # SQLAlchemy 2.1 wraps it
    # The aiosqlite adapter had created its cursor() coroutine before the load failed.
    del error
    with pytest.warns(RuntimeWarning, match="Connection.cursor' was never awaited"):
        gc.collect()
