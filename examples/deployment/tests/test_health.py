"""Liveness and readiness in both frameworks, including readiness failing without a database."""

import asyncio
import runpy
from collections.abc import Iterator

import pytest
from django.db import OperationalError, connection
from fastapi.testclient import TestClient
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from deployment.fastapi_app import db, main
from deployment.fastapi_app.db import get_engine
from deployment.fastapi_app.main import app


# region django_health
@pytest.mark.urls("deployment.django_app.urls")
def test_django_liveness_needs_no_database(client):
    # No django_db mark: any query here would fail the test.
    response = client.get("/healthz/")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


@pytest.mark.django_db
@pytest.mark.urls("deployment.django_app.urls")
def test_django_readiness_checks_the_database(client):
    response = client.get("/readyz/")
    assert (response.status_code, response.json()) == (
        200,
        {"status": "ok", "database": "ok"},
    )


@pytest.mark.django_db
@pytest.mark.urls("deployment.django_app.urls")
def test_django_readiness_fails_when_the_database_is_unreachable(client):
    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection refused")  # what a down database raises

    with connection.execute_wrapper(refuse):
        response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}


# endregion django_health


@pytest.fixture
def fastapi_client() -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client
    app.dependency_overrides.clear()


def use_database(url: str) -> None:
    # no pooled connection outlives the test
    engine = create_async_engine(url, poolclass=NullPool)
    app.dependency_overrides[get_engine] = lambda: engine


# region fastapi_health
def test_fastapi_liveness_needs_no_database(fastapi_client):
    # not even consulted
    use_database("sqlite+aiosqlite:////nonexistent/dir/db.sqlite3")
    response = fastapi_client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_fastapi_readiness_checks_the_database(fastapi_client, tmp_path):
    use_database(f"sqlite+aiosqlite:///{tmp_path / 'ready.sqlite3'}")
    response = fastapi_client.get("/readyz")
    assert (response.status_code, response.json()) == (
        200,
        {"status": "ok", "database": "ok"},
    )


def test_fastapi_readiness_fails_when_the_database_is_unreachable(fastapi_client):
    use_database("sqlite+aiosqlite:////nonexistent/dir/db.sqlite3")  # cannot be opened
    response = fastapi_client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}


# endregion fastapi_health


def test_fastapi_readiness_gives_up_after_its_timeout(fastapi_client, monkeypatch):
    monkeypatch.setattr(main, "READINESS_TIMEOUT", 0.1)

    async def never_answers() -> None:
        await asyncio.Event().wait()  # a database that takes the connection, then hangs

    engine = create_async_engine(
        "sqlite+aiosqlite://", async_creator=never_answers, poolclass=NullPool
    )
    app.dependency_overrides[get_engine] = lambda: engine
    assert fastapi_client.get("/readyz").status_code == 503


def test_the_engine_is_built_from_database_url(monkeypatch, tmp_path):
    monkeypatch.setenv(
        "DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'from-env.sqlite3'}"
    )
    # a fresh copy of the module, as a new process would load it
    namespace = runpy.run_path(db.__file__)
    assert namespace["engine"].url.database == str(tmp_path / "from-env.sqlite3")
    assert get_engine() is db.engine  # the dependency hands out the module's one engine
