import asyncio

import pytest
from django.db.utils import ConnectionHandler
from sqlalchemy import text

from performance.django_app.db_settings import DATABASES
from performance.fastapi_app import db


def test_the_engine_uses_a_queue_pool_with_the_settings_given():
    pool = db.engine.pool
    assert type(pool).__name__ == "AsyncAdaptedQueuePool"
    assert (pool.size(), pool.timeout(), pool.checkedout()) == (10, 10, 0)  # nothing opened yet


@pytest.mark.asyncio
async def test_size_plus_overflow_connections_then_requests_wait(engine):
    connections = [await engine.connect() for _ in range(10 + 5)]  # pool_size + max_overflow
    assert (engine.pool.checkedout(), engine.pool.overflow()) == (15, 5)
    with pytest.raises(TimeoutError):  # the 16th waits (up to pool_timeout): give up after 0.2 s
        await asyncio.wait_for(engine.connect(), timeout=0.2)
    for connection in connections:
        await connection.close()
    assert engine.pool.checkedin() == 10  # the overflow connections were closed, not kept


@pytest.mark.asyncio
async def test_pre_ping_checks_a_reused_connection_before_handing_it_out(engine, monkeypatch):
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
    settings = {**DATABASES["default"], "NAME": tmp_path / "django.sqlite3", **overrides}
    connection = ConnectionHandler({"default": settings})["default"]
    connection.ensure_connection()
    connection.close_if_unusable_or_obsolete()  # what Django runs on request_started and request_finished
    return connection


@pytest.mark.django_db  # lets pytest-django allow database access; the connection is our own
def test_conn_max_age_keeps_the_connection_between_requests(tmp_path):
    connection = connection_after_a_request(tmp_path)
    assert connection.connection is not None  # kept for the next request on this thread
    assert connection.health_check_enabled
    connection.close()


@pytest.mark.django_db
def test_the_default_conn_max_age_closes_it_after_each_request(tmp_path):
    connection = connection_after_a_request(tmp_path, CONN_MAX_AGE=0)
    assert connection.connection is None
