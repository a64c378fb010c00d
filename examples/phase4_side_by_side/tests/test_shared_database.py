"""FastAPI and DRF on one database whose schema Django's migrations own."""

import pytest
from django.db import transaction
from fastapi.testclient import TestClient
from rest_framework.test import APIClient
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import create_async_engine

from capstone.django_app.models import ChatMessage
from capstone.fastapi_app.main import create_app
from phase4_side_by_side.fastapi_app.database import schema_drift, sqlalchemy_url

MESSAGE = {"role": "user", "content": "Hello from one side", "session_id": "shared"}


# region both_ways
@pytest.fixture
def drf(django_urls) -> APIClient:
    return APIClient()


@pytest.fixture
def fastapi(database_url):
    with TestClient(create_app(database_url, create_schema=False)) as client:
        yield client


def test_the_test_database_is_django_s_in_memory_sqlite(database_url):
    assert database_url == (
        "sqlite+aiosqlite:///file%3Amemorydb_default%3Fmode%3Dmemory%26cache%3Dshared?uri=true"
    )


def test_a_row_written_through_drf_is_read_through_fastapi(drf, fastapi):
    written = drf.post("/api/messages/", MESSAGE, format="json").json()
    response = fastapi.get(f"/api/messages/{written['id']}/")
    assert (response.status_code, response.json()) == (200, written)


def test_a_row_written_through_fastapi_is_read_through_drf(drf, fastapi):
    written = fastapi.post("/api/messages/", json=MESSAGE).json()
    response = drf.get(f"/api/messages/{written['id']}/")
    assert (response.status_code, response.json()) == (200, written)
    assert ChatMessage.objects.get().content == MESSAGE["content"]


# endregion both_ways


def test_both_list_one_conversation_in_the_same_order(drf, fastapi):
    drf.post("/api/messages/", {**MESSAGE, "content": "first"}, format="json")
    fastapi.post("/api/messages/", json={**MESSAGE, "content": "second"})
    drf.post("/api/messages/", {**MESSAGE, "content": "third"}, format="json")
    from_drf = drf.get("/api/messages/", {"session_id": "shared"}).json()
    from_fastapi = fastapi.get("/api/messages/", params={"session_id": "shared"}).json()
    assert [message["content"] for message in from_fastapi] == [
        "first",
        "second",
        "third",
    ]
    assert from_fastapi == from_drf


def test_fastapi_never_creates_the_tables(tmp_path):
    app = create_app(
        f"sqlite+aiosqlite:///{tmp_path / 'empty.sqlite3'}", create_schema=False
    )
    with (
        TestClient(app) as client,
        pytest.raises(OperationalError, match="no such table: chat_messages"),
    ):
        client.get("/api/messages/1/")


@pytest.mark.asyncio
async def test_the_mapping_matches_what_django_migrated(database_url):
    engine = create_async_engine(database_url)
    assert await schema_drift(engine) == []
    await engine.dispose()


@pytest.mark.asyncio
async def test_drift_is_reported_when_a_column_is_missing(tmp_path):
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'old.sqlite3'}")
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "CREATE TABLE chat_messages (id INTEGER PRIMARY KEY, role TEXT, content TEXT)"
            )
        )
    assert await schema_drift(engine) == [
        "column chat_messages.session_id",
        "column chat_messages.created_at",
    ]
    await engine.dispose()


@pytest.mark.asyncio
async def test_drift_reports_a_missing_table(tmp_path):
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'blank.sqlite3'}")
    assert await schema_drift(engine) == ["table chat_messages"]
    await engine.dispose()


def test_a_postgresql_setting_becomes_an_asyncpg_url():
    database = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "chat",
        "USER": "app",
        "PASSWORD": "s3cret",
        "HOST": "db.internal",
        "PORT": "5432",
    }
    assert (
        sqlalchemy_url(database)
        == "postgresql+asyncpg://app:s3cret@db.internal:5432/chat"
    )


def test_a_file_setting_becomes_an_aiosqlite_url(tmp_path):
    database = {"ENGINE": "django.db.backends.sqlite3", "NAME": tmp_path / "db.sqlite3"}
    assert sqlalchemy_url(database) == f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite3'}"


def test_an_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="oracle"):
        sqlalchemy_url({"ENGINE": "django.db.backends.oracle", "NAME": "x"})


# region rollback
def test_a_django_rollback_does_not_undo_a_fastapi_write(fastapi):
    with pytest.raises(RuntimeError), transaction.atomic():
        assert fastapi.post("/api/messages/", json=MESSAGE).status_code == 201
        raise RuntimeError("the Django side fails after calling FastAPI")
    # FastAPI had committed on its own
    assert ChatMessage.objects.filter(session_id="shared").count() == 1


# endregion rollback
