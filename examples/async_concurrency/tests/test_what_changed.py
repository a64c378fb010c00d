"""Each row of the page's "What changed" table, checked against the installed libraries."""

import asyncio
import threading
from collections.abc import Iterator

import pytest
from asgiref.sync import async_to_sync
from django.db import connection
from fastapi import Depends, FastAPI
from httpx import ASGITransport, AsyncClient
from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session

from async_concurrency import rates
from async_concurrency.django_app.models import Account


@pytest.mark.asyncio
async def test_a_sync_session_in_async_def_queries_on_the_event_loop_thread(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    query_threads: list[int] = []
    event.listen(engine, "before_cursor_execute", lambda *args: query_threads.append(threading.get_ident()))

    def get_db() -> Iterator[Session]:
        with Session(engine) as session:
            yield session

    app = FastAPI()

    @app.get("/old")
    async def old_style(db: Session = Depends(get_db)) -> int:  # the pattern in older tutorials
        return db.execute(text("select 1")).scalar_one()

    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        assert (await client.get("/old")).json() == 1
    assert query_threads == [threading.get_ident()]  # the loop's own thread: nothing else runs meanwhile
    engine.dispose()


def test_on_event_is_deprecated_in_favour_of_lifespan():
    app = FastAPI()
    with pytest.warns(DeprecationWarning, match="on_event is deprecated, use lifespan"):

        @app.on_event("startup")
        async def open_clients() -> None: ...


@pytest.mark.django_db
def test_django_async_orm_runs_the_query_in_a_worker_thread():
    Account.objects.create(owner="Ada")
    sql_threads: list[int] = []

    def record(execute, sql, params, many, context):
        sql_threads.append(threading.get_ident())
        return execute(sql, params, many, context)

    async def count() -> tuple[int, int]:
        return threading.get_ident(), await Account.objects.acount()

    with connection.execute_wrapper(record):
        loop_thread, total = async_to_sync(count)()
    assert total == 1
    assert sql_threads and loop_thread not in sql_threads  # acount() is count() in a thread


@pytest.mark.asyncio
async def test_gather_cannot_overlap_coroutines_that_never_await():
    async def rate_with_a_sync_client(currency: str) -> float:
        return rates.fetch_rate_blocking(currency)  # no await inside: nothing to interleave

    assert await asyncio.gather(rate_with_a_sync_client("EUR"), rate_with_a_sync_client("USD")) == [1.0, 1.08]
    assert rates.lookups.peak == 1
