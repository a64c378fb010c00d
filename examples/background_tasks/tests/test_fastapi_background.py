import json
from collections.abc import AsyncIterator
from smtplib import SMTPException

import pytest
import pytest_asyncio
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from background_tasks.fastapi_app import db, mailer
from background_tasks.fastapi_app.emails import send_welcome_email
from background_tasks.fastapi_app.main import app
from background_tasks.fastapi_app.models import Base, SentEmail, Signup
from exchanges import record
from sqlite_fixtures import sessions_for, sqlite_engine


@pytest.fixture(autouse=True)
def empty_outbox() -> None:
    mailer.outbox.clear()


@pytest_asyncio.fixture
async def session_factory(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    async with sqlite_engine(tmp_path / "test.sqlite3", Base.metadata) as engine:
        yield sessions_for(engine)


@pytest.fixture
def use_test_database(session_factory):
    app.dependency_overrides[db.get_session_factory] = lambda: session_factory
    yield
    app.dependency_overrides.clear()


@pytest_asyncio.fixture
async def client(use_test_database) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        yield client


async def count(session_factory, model) -> int:
    async with session_factory() as session:
        return await session.scalar(select(func.count()).select_from(model))


@pytest.mark.asyncio
async def test_signup_is_201_and_the_email_goes_out_after(client, session_factory):
    response = await client.post("/signups", json={"email": "ada@example.com"})
    assert response.status_code == 201
    assert response.json() == {"id": 1, "email": "ada@example.com"}
    assert [message["To"] for message in mailer.outbox] == ["ada@example.com"]
    assert await count(session_factory, SentEmail) == 1
    record("background_tasks/fastapi-signup", response)


async def call_asgi(body: dict, events: list[str]) -> None:
    """Call the app the way a server does, recording what is sent to the client and when."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/signups",
        "raw_path": b"/signups",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/json")],
        "client": ("test", 1),
        "server": ("test", 80),
    }
    request = {
        "type": "http.request",
        "body": json.dumps(body).encode(),
        "more_body": False,
    }

    async def receive() -> dict:
        return request

    async def send(message: dict) -> None:
        events.append(message["type"])

    await app(scope, receive, send)


# region order
@pytest.mark.asyncio
async def test_task_runs_after_the_response_and_before_the_yield_cleanup(
    use_test_database, session_factory, monkeypatch
):
    events: list[str] = []

    async def recorded_session() -> AsyncIterator[AsyncSession]:
        async with session_factory() as session:
            yield session
        events.append("request session closed")

    app.dependency_overrides[db.get_session] = recorded_session
    monkeypatch.setattr(
        mailer, "deliver", lambda message: events.append("email delivered")
    )

    await call_asgi({"email": "ada@example.com"}, events)

    # FastAPI 0.118 and later: the cleanup after `yield` runs once the response is sent,
    # background tasks included. (0.106 to 0.117 ran it before the response.)
    assert events == [
        "http.response.start",
        "http.response.body",
        "email delivered",
        "request session closed",
    ]


# endregion order


@pytest.mark.asyncio
async def test_an_exception_in_the_task_does_not_change_the_response(
    use_test_database, session_factory, monkeypatch
):
    def broken_deliver(message) -> None:
        raise SMTPException("mail server down")

    monkeypatch.setattr(mailer, "deliver", broken_deliver)
    # As a server does: the error after the response is logged, not sent to the client.
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.post("/signups", json={"email": "ada@example.com"})

    assert response.status_code == 201
    assert await count(session_factory, Signup) == 1
    # rolled back, and never retried
    assert await count(session_factory, SentEmail) == 0


@pytest.mark.asyncio
async def test_duplicate_signup_is_a_409_and_adds_no_task(client, session_factory):
    assert (
        await client.post("/signups", json={"email": "ada@example.com"})
    ).status_code == 201
    response = await client.post("/signups", json={"email": "ada@example.com"})
    assert response.status_code == 409
    assert len(mailer.outbox) == 1
    record("background_tasks/fastapi-duplicate-signup", response)


@pytest.mark.asyncio
async def test_invalid_email_is_a_422(client):
    response = await client.post("/signups", json={"email": "not-an-email"})
    assert response.status_code == 422


@pytest.mark.asyncio
async def test_running_the_task_twice_sends_once(session_factory):
    async with session_factory() as session:
        session.add(Signup(email="ada@example.com"))
        await session.commit()
    assert await send_welcome_email(session_factory, 1) == "sent"
    assert await send_welcome_email(session_factory, 1) == "already sent"
    assert len(mailer.outbox) == 1


@pytest.mark.asyncio
async def test_task_for_a_deleted_signup_does_nothing(session_factory):
    assert await send_welcome_email(session_factory, 999) == "signup gone"
    assert mailer.outbox == []


@pytest.mark.asyncio
async def test_get_session_uses_the_factory(session_factory):
    async for session in db.get_session(session_factory):
        assert (await session.execute(text("select 1"))).scalar() == 1
    assert db.get_session_factory() is db.SessionFactory
