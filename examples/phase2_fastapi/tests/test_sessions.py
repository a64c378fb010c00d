"""The exercise: a session summary and an audited create, added to the capstone app from outside."""

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.engine import Engine

from exchanges import record
from phase2_fastapi.fastapi_app import sessions
from phase2_fastapi.fastapi_app.main import create_exercise_app


@pytest.fixture
def database(tmp_path) -> Path:
    return tmp_path / "chat.sqlite3"


@pytest.fixture
def client(database) -> Iterator[TestClient]:
    with TestClient(create_exercise_app(f"sqlite+aiosqlite:///{database}")) as client:
        yield client


def audit_rows(database: Path) -> list[tuple[str, int]]:
    # Read the file directly: the test checks what is in the database, not what the API
    # says.
    # closing(): sqlite3's own "with" ends the transaction but leaves the connection
    # open.
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(
            "SELECT action, message_id FROM audit_log ORDER BY id"
        ).fetchall()


@contextmanager
def statements_sent() -> Iterator[list[str]]:
    """The SQL every engine sends meanwhile, the app's async engine included."""
    statements: list[str] = []

    def collect(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", collect)
    try:
        yield statements
    finally:
        event.remove(Engine, "before_cursor_execute", collect)


def post(client: TestClient, session_id: str, role: str, content: str) -> dict:
    response = client.post(
        f"/api/sessions/{session_id}/messages/", json={"role": role, "content": content}
    )
    assert response.status_code == 201, response.json()
    return response.json()


# region summary_tests
def test_summary_counts_each_role_and_spans_the_first_and_last_message(client):
    first = post(client, "s-1", "system", "Be brief.")
    post(client, "s-1", "user", "Hi")
    post(client, "s-2", "user", "Elsewhere")
    last = post(client, "s-1", "user", "Still there?")
    response = client.get("/api/sessions/s-1/summary/")
    assert response.status_code == 200
    assert response.json() == {
        "session_id": "s-1",
        "total": 3,
        "by_role": {"system": 1, "user": 2},
        "first_at": first["created_at"],
        "last_at": last["created_at"],
    }


def test_summary_of_an_unknown_session_is_empty(client):
    assert client.get("/api/sessions/nobody/summary/").json() == {
        "session_id": "nobody",
        "total": 0,
        "by_role": {},
        "first_at": None,
        "last_at": None,
    }


# endregion summary_tests


def test_the_summary_is_one_grouped_query(client):
    post(client, "s-1", "system", "Be brief.")
    post(client, "s-1", "user", "Hi")
    post(client, "s-1", "user", "Still there?")
    with statements_sent() as statements:
        response = client.get("/api/sessions/s-1/summary/")
    assert response.status_code == 200
    assert response.json()["by_role"] == {"system": 1, "user": 2}
    assert len(statements) == 1 and "GROUP BY" in statements[0]
    record("phase2_fastapi/fastapi-summary", response, sql=statements)


# region audit_tests
def test_each_create_leaves_an_audit_row(client, database):
    created = [post(client, "s-1", "user", text) for text in ("one", "two")]
    assert audit_rows(database) == [("create", message["id"]) for message in created]


def test_a_failed_audit_task_is_lost_and_never_retried(database, monkeypatch):
    async def audit_store_down(*args) -> None:
        raise ConnectionError("audit store unreachable")

    app = create_exercise_app(f"sqlite+aiosqlite:///{database}")
    with TestClient(app, raise_server_exceptions=False) as client:
        monkeypatch.setattr(sessions, "record_creation", audit_store_down)
        lost = post(client, "s-1", "user", "Hi")  # 201: the client is told it worked
        monkeypatch.undo()
        kept = post(client, "s-1", "user", "Again")
        assert client.get(f"/api/messages/{lost['id']}/").status_code == 200
    # nothing ever records the first one
    assert audit_rows(database) == [("create", kept["id"])]


# endregion audit_tests


def test_the_session_in_the_url_is_validated_like_the_body(client):
    response = client.post(
        f"/api/sessions/{'x' * 65}/messages/", json={"role": "robot", "content": ""}
    )
    assert response.status_code == 400
    assert response.json() == {
        "session_id": ["Ensure this field has no more than 64 characters."],
        "role": ['"robot" is not a valid choice.'],
        "content": ["This field may not be blank."],
    }
    record("phase2_fastapi/fastapi-invalid-session-create", response)


def test_the_capstone_endpoints_are_still_there(client):
    created = post(client, "s-1", "assistant", "Hello")
    listed = client.get("/api/messages/", params={"session_id": "s-1"}).json()
    assert listed == [created]


def test_the_schema_lists_the_new_paths(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/sessions/{session_id}/summary/",
        "/api/sessions/{session_id}/messages/",
    } <= set(paths)
