import asyncio

import pytest
from django.db import connection as default_connection
from django.db.utils import ConnectionHandler
from sqlalchemy import text

from performance.django_app.db_settings import DATABASES
from performance.django_app.models import Author, Book
from performance.django_app.pgbouncer_settings import DATABASES as PGBOUNCER_DATABASES
from performance.fastapi_app import db


def test_the_engine_uses_a_queue_pool_with_the_settings_given():
    pool = db.engine.pool
    assert type(pool).__name__ == "AsyncAdaptedQueuePool"
    # nothing opened yet
    assert (pool.size(), pool.timeout(), pool.checkedout()) == (10, 10, 0)


@pytest.mark.asyncio
async def test_size_plus_overflow_connections_then_requests_wait(engine):
    # pool_size + max_overflow
    connections = [await engine.connect() for _ in range(10 + 5)]
    assert (engine.pool.checkedout(), engine.pool.overflow()) == (15, 5)
    # the 16th waits (up to pool_timeout): give up after 0.2 s
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(engine.connect(), timeout=0.2)
    for connection in connections:
        await connection.close()
    # the overflow connections were closed, not kept
    assert engine.pool.checkedin() == 10


@pytest.mark.asyncio
async def test_pre_ping_checks_a_reused_connection_before_handing_it_out(
    engine, monkeypatch
):
    pings: list[object] = []
    original_ping = engine.dialect.do_ping

    def counting_ping(dbapi_connection):
        pings.append(dbapi_connection)
        return original_ping(dbapi_connection)

    monkeypatch.setattr(engine.dialect, "do_ping", counting_ping)
    await engine.dispose()  # start from an empty pool
    for _ in range(3):
        async with engine.connect() as connection:
            assert (await connection.execute(text("select 1"))).scalar() == 1
    assert len(pings) == 2  # a brand-new connection is not pinged; each reuse is


def connection_after_a_request(tmp_path, **overrides):
    """A Django connection configured from db_settings, after one request has used and released it."""
    settings = {
        **DATABASES["default"],
        "NAME": tmp_path / "django.sqlite3",
        **overrides,
    }
    connection = ConnectionHandler({"default": settings})["default"]
    connection.ensure_connection()
    # what Django runs on request_started and request_finished
    connection.close_if_unusable_or_obsolete()
    return connection


# lets pytest-django allow database access; the connection is our own
@pytest.mark.django_db
def test_conn_max_age_keeps_the_connection_between_requests(tmp_path):
    connection = connection_after_a_request(tmp_path)
    assert connection.connection is not None  # kept for the next request on this thread
    assert connection.health_check_enabled
    connection.close()


@pytest.mark.django_db
def test_the_default_conn_max_age_closes_it_after_each_request(tmp_path):
    connection = connection_after_a_request(tmp_path, CONN_MAX_AGE=0)
    assert connection.connection is None


# region pgbouncer
@pytest.mark.asyncio
async def test_the_pgbouncer_engine_tells_psycopg_never_to_prepare(monkeypatch):
    import psycopg

    connect_kwargs: dict[str, object] = {}

    async def no_server(*args, **kwargs):  # stands in for the network: record and stop
        connect_kwargs.update(kwargs)
        raise ConnectionRefusedError("no PgBouncer in the test environment")

    monkeypatch.setattr(psycopg.AsyncConnection, "connect", no_server)
    url = "postgresql+psycopg://shop:secret@pgbouncer:6432/shop"
    engine = db.make_pgbouncer_engine(url)
    with pytest.raises(ConnectionRefusedError):
        await engine.connect()
    await engine.dispose()
    assert connect_kwargs["prepare_threshold"] is None  # psycopg's default is 5
    assert (connect_kwargs["host"], connect_kwargs["port"]) == ("pgbouncer", 6432)


def test_djangos_psycopg_backend_never_prepares_either():
    connection = ConnectionHandler(PGBOUNCER_DATABASES)["default"]
    params = connection.get_connection_params()  # what it would connect with
    assert params["prepare_threshold"] is None


@pytest.mark.django_db
def test_disable_server_side_cursors_keeps_iterator_off_named_cursors(monkeypatch):
    author = Author.objects.create(name="Ada")
    Book.objects.create(title="Book", year=2001, author=author)
    chunked: list[bool] = []
    original = default_connection.chunked_cursor

    def recording_chunked_cursor():
        chunked.append(True)  # on PostgreSQL: a named, server-side cursor
        return original()

    monkeypatch.setattr(default_connection, "chunked_cursor", recording_chunked_cursor)
    assert [book.title for book in Book.objects.iterator()] == ["Book"]
    assert chunked == [True]
    settings_dict = default_connection.settings_dict
    monkeypatch.setitem(settings_dict, "DISABLE_SERVER_SIDE_CURSORS", True)
    assert [book.title for book in Book.objects.iterator()] == ["Book"]
    assert chunked == [True]  # the second iterator() used an ordinary cursor


# endregion pgbouncer
