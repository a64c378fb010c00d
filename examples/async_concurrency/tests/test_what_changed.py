"""Each row of the page's "What changed" table, checked against the installed libraries."""

import asyncio
import logging
import threading
from collections.abc import Iterator

import pytest
from asgiref.sync import async_to_sync
from django.core.handlers.asgi import ASGIHandler
from django.db import connection
from django.test import Client
from fastapi import Depends, FastAPI
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session

from async_concurrency import rates
from async_concurrency.django_app.models import Account
from async_concurrency.drf_app import views as drf_views


@pytest.mark.asyncio
async def test_a_sync_session_in_async_def_queries_on_the_event_loop_thread(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    query_threads: list[int] = []
    event.listen(
        engine,
        "before_cursor_execute",
        lambda *args: query_threads.append(threading.get_ident()),
    )

    def get_db() -> Iterator[Session]:
        with Session(engine) as session:
            yield session

    app = FastAPI()

    @app.get("/old")
    # the pattern in older tutorials
    async def old_style(db: Session = Depends(get_db)) -> int:
        return db.execute(text("select 1")).scalar_one()

    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        assert (await client.get("/old")).json() == 1
    # the loop's own thread: nothing else runs meanwhile
    assert query_threads == [threading.get_ident()]
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
    # acount() is count() in a thread
    assert sql_threads and loop_thread not in sql_threads


@pytest.mark.asyncio
async def test_gather_cannot_overlap_coroutines_that_never_await():
    async def rate_with_a_sync_client(currency: str) -> float:
        # no await inside: nothing to interleave
        return rates.fetch_rate_blocking(currency)

    assert await asyncio.gather(
        rate_with_a_sync_client("EUR"), rate_with_a_sync_client("USD")
    ) == [1.0, 1.08]
    assert rates.lookups.peak == 1


def sync_only_middleware(get_response):  # no async support declared: Django must adapt
    def middleware(request):
        return get_response(request)

    return middleware


@pytest.mark.parametrize("debug", [False, True])
def test_django_logs_each_adapted_handler_only_with_debug_on(settings, caplog, debug):
    settings.DEBUG = debug
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.sync_only_middleware"]
    with caplog.at_level(logging.DEBUG, logger="django.request"):
        ASGIHandler()  # builds the middleware chain for ASGI
    adapted = [
        r.getMessage() for r in caplog.records if "handler adapted" in r.getMessage()
    ]
    assert bool(adapted) is debug


@pytest.mark.django_db
@pytest.mark.urls("async_concurrency.django_app.urls")
@pytest.mark.asyncio
async def test_async_to_sync_uses_the_server_loop_under_asgi_and_new_loops_under_wsgi(
    monkeypatch,
):
    loops: list[asyncio.AbstractEventLoop] = []
    fetch = drf_views.fetch_dashboard

    async def recording_fetch(user_id: int) -> dict[str, object]:
        loops.append(asyncio.get_running_loop())
        return await fetch(user_id)

    monkeypatch.setattr(drf_views, "fetch_dashboard", recording_fetch)
    transport = ASGITransport(app=ASGIHandler())
    async with AsyncClient(transport=transport, base_url="http://testserver") as client:
        assert (await client.get("/api/dashboard/7/")).status_code == 200
    assert loops == [asyncio.get_running_loop()]  # under ASGI: the server's own loop

    # the test client calls the WSGI handler; no loop runs here
    def under_wsgi() -> None:
        for _ in range(2):
            assert Client().get("/api/dashboard/7/").status_code == 200

    await asyncio.to_thread(under_wsgi)
    server_loop, first, second = loops
    assert first is not server_loop and second is not first  # a new loop for each call
