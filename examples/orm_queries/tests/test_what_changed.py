"""The rows of the page's "What changed" table, each checked against the installed libraries.

If a library changes its behaviour, a test here fails and the table needs updating.
"""

import asyncio
import time
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from importlib import metadata

import pytest
from django.db.models import Count, Sum
from django.utils import timezone
from fastapi import Depends, FastAPI
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.exc import InvalidRequestError, LegacyAPIWarning, SADeprecationWarning
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, joinedload, sessionmaker

from orm_queries.django_app import queries as django_queries
from orm_queries.django_app.models import Customer as DjangoCustomer
from orm_queries.django_app.models import Order as DjangoOrder
from orm_queries.fastapi_app.models import Base, Customer, Order

SLOW_QUERY = text("SELECT pause_ms(300)")


def add_pause_function(engine) -> None:
    """A SQL function that takes 300 ms, standing in for a slow query."""

    @event.listens_for(engine, "connect")
    def register(dbapi_connection, connection_record):
        dbapi_connection.create_function(
            "pause_ms", 1, lambda ms: time.sleep(ms / 1000) or ms
        )


def ordering_app(tmp_path, variant: str) -> tuple[FastAPI, list[str]]:
    """Two endpoints, /slow and /fast; `events` records the order in which they finish."""
    url = tmp_path / "blocking.sqlite3"
    events: list[str] = []
    app = FastAPI()

    @app.get("/fast")
    async def fast() -> None:
        events.append("fast")

    if variant == "sync session in async def":  # the common tutorial pattern
        engine = create_engine(f"sqlite:///{url}")
        add_pause_function(engine)
        factory = sessionmaker(engine)

        def get_db() -> Iterator[Session]:
            with factory() as session:
                yield session

        @app.get("/slow")
        async def slow_blocking(db: Session = Depends(get_db)) -> None:
            events.append("slow started")
            db.execute(SLOW_QUERY)  # blocks the event loop for 300 ms
            events.append("slow")

    elif variant == "sync session in def":
        engine = create_engine(f"sqlite:///{url}")
        add_pause_function(engine)
        factory = sessionmaker(engine)

        def get_db() -> Iterator[Session]:
            with factory() as session:
                yield session

        @app.get("/slow")
        def slow_in_thread(db: Session = Depends(get_db)) -> None:
            events.append("slow started")
            db.execute(SLOW_QUERY)  # blocks only its worker thread
            events.append("slow")

    else:  # "AsyncSession in async def"
        async_engine = create_async_engine(f"sqlite+aiosqlite:///{url}")
        add_pause_function(async_engine.sync_engine)
        async_factory = async_sessionmaker(async_engine)

        @app.get("/slow")
        async def slow_awaited() -> None:
            async with async_factory() as session:
                events.append("slow started")
                await session.execute(SLOW_QUERY)  # the loop serves others meanwhile
                events.append("slow")

    return app, events


async def finishing_order(app: FastAPI, events: list[str]) -> list[str]:
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:

        async def fast_once_slow_has_started() -> None:
            while "slow started" not in events:  # noqa: ASYNC110 (polls a list the app appends to)
                await asyncio.sleep(0.001)
            await client.get("/fast")

        await asyncio.gather(client.get("/slow"), fast_once_slow_has_started())
    return [event for event in events if event in ("slow", "fast")]


@pytest.mark.asyncio
async def test_a_sync_session_in_async_def_blocks_every_other_request(tmp_path):
    app, events = ordering_app(tmp_path, "sync session in async def")
    # /fast waited for the query
    assert await finishing_order(app, events) == ["slow", "fast"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "variant", ["sync session in def", "AsyncSession in async def"]
)
async def test_the_two_fixes_let_other_requests_through(tmp_path, variant):
    app, events = ordering_app(tmp_path, variant)
    assert await finishing_order(app, events) == ["fast", "slow"]


def test_async_session_has_no_legacy_query_method():
    assert hasattr(Session, "query")
    assert not hasattr(AsyncSession, "query")


def test_query_get_is_legacy(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'legacy.sqlite3'}")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        with pytest.warns(LegacyAPIWarning, match=r"Session\.get\(\)"):
            assert session.query(Customer).get(1) is None
        assert session.get(Customer, 1) is None
    engine.dispose()


def test_joinedload_of_a_collection_needs_unique(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'unique.sqlite3'}")
    Base.metadata.create_all(engine)
    stmt = select(Customer).options(joinedload(Customer.orders))
    with Session(engine) as session:
        customer = Customer(name="Ada", email="ada@example.com")
        session.add_all(
            [
                customer,
                Order(customer=customer, total=Decimal("1")),
                Order(customer=customer, total=Decimal("2")),
            ]
        )
        session.commit()
        with pytest.raises(InvalidRequestError, match="unique"):
            session.execute(stmt).scalars().all()  # the JOIN returns Ada twice
        assert [c.name for c in session.execute(stmt).unique().scalars().all()] == [
            "Ada"
        ]
    engine.dispose()


@pytest.mark.django_db
def test_filtering_a_relation_after_annotate_inflates_the_sums():
    customer = DjangoCustomer.objects.create(name="Ada", email="ada@example.com")
    for _ in range(3):
        DjangoOrder.objects.create(
            customer=customer, status="paid", total=Decimal("100.00")
        )
    last_month = timezone.now() - timedelta(days=30)

    # The order often published: annotate() first, then filter() on the same relation.
    inflated = (
        DjangoCustomer.objects.annotate(
            total_spent=Sum("orders__total"), order_count=Count("orders")
        )
        .filter(orders__created_at__gte=last_month)
        .get()
    )
    # a second JOIN: 3 x 3 rows
    assert (inflated.total_spent, inflated.order_count) == (Decimal("900.00"), 9)

    correct = django_queries.top_customers(last_month, minimum=Decimal("0")).get()
    assert (correct.spent, correct.order_count) == (Decimal("300.00"), 3)


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True)
async def test_async_for_loads_every_row_and_aiterator_streams():
    customer = await DjangoCustomer.objects.acreate(name="Ada", email="ada@example.com")
    for total in ("1.00", "2.00", "3.00"):
        await DjangoOrder.objects.acreate(customer=customer, total=Decimal(total))

    looped = DjangoOrder.objects.order_by("id")
    async for _ in looped:
        break  # only the first row is used...
    assert len(looped._result_cache) == 3  # ...but all three were fetched and kept

    streamed = DjangoOrder.objects.order_by("id")
    totals = [order.total async for order in streamed.aiterator(chunk_size=2)]
    assert totals == [Decimal("1.00"), Decimal("2.00"), Decimal("3.00")]
    assert streamed._result_cache is None  # read in chunks of 2 rows, and nothing kept


def test_greenlet_is_an_optional_extra_in_sqlalchemy_2_1():
    requirements = metadata.requires("sqlalchemy") or []
    greenlet = [line for line in requirements if line.startswith("greenlet")]
    assert greenlet and all('extra == "asyncio"' in line for line in greenlet)


def test_result_tuples_is_deprecated(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'tuples.sqlite3'}")
    with engine.connect() as connection:
        result = connection.execute(select(text("1")))
        with pytest.warns(SADeprecationWarning, match="Row"):
            result.tuples()
        assert result.one() == (1,)  # a Row compares and unpacks like a tuple
    engine.dispose()
