"""Shadow reads: Django answers, FastAPI is asked the same question, differences are logged."""

import logging
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from capstone.django_app.models import ChatMessage
from capstone.fastapi_app.db import get_session
from capstone.fastapi_app.models import Base
from phase6_migrate.fastapi_app.front import create_front
from phase6_migrate.fastapi_app.shadow import Captured, differences
from phase6_migrate.fastapi_app.switches import Switches
from phase6_migrate.tests.conftest import MESSAGE

SHADOW_READS = Switches(endpoints={"read_message": "shadow", "list_messages": "shadow"})


def shadow_warnings(caplog) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "phase6_migrate.fastapi_app.shadow"
    ]


def test_when_both_agree_nothing_is_logged(serve, caplog):
    message = ChatMessage.objects.create(**MESSAGE)
    client = serve(app=create_front(SHADOW_READS))
    assert client.get(f"/api/messages/{message.pk}/").headers["x-served-by"] == "django"
    assert client.get("/api/messages/", params={"session_id": "s-1"}).status_code == 200
    # errors are compared too
    assert client.get("/api/messages/9999/").status_code == 404
    assert shadow_warnings(caplog) == []


# region fake_difference
def test_a_difference_is_logged_and_the_client_gets_django_s_answer(
    serve, caplog, tmp_path
):
    message = ChatMessage.objects.create(**MESSAGE)
    front = create_front(SHADOW_READS)

    async def stale_session() -> AsyncIterator[AsyncSession]:
        """A fake bug on the FastAPI side: it reads from another, empty database."""
        engine = create_async_engine(
            f"sqlite+aiosqlite:///{tmp_path / 'stale.sqlite3'}"
        )
        try:
            async with engine.begin() as connection:
                await connection.run_sync(Base.metadata.create_all)
            async with async_sessionmaker(engine)() as session:
                yield session  # the route's 404 is raised here, so dispose in `finally`
        finally:
            await engine.dispose()

    front.dependency_overrides[get_session] = stale_session
    with caplog.at_level(logging.WARNING):
        response = serve(app=front).get(f"/api/messages/{message.pk}/")
    assert (response.status_code, response.json()["id"]) == (200, message.pk)
    assert shadow_warnings(caplog) == [
        f"shadow read_message differs on /api/messages/{message.pk}/: status 200 != 404"
    ]


# endregion fake_difference


def test_a_failing_candidate_is_logged_and_never_reaches_the_client(serve, caplog):
    message = ChatMessage.objects.create(**MESSAGE)
    front = create_front(SHADOW_READS)

    async def broken_session() -> AsyncIterator[AsyncSession]:
        raise RuntimeError("database unreachable")
        yield  # pragma: no cover - makes this a generator dependency

    front.dependency_overrides[get_session] = broken_session
    response = serve(app=front).get(f"/api/messages/{message.pk}/")
    assert response.status_code == 200
    assert shadow_warnings(caplog) == [
        f"shadow read_message failed on /api/messages/{message.pk}/"
    ]


def captured(status: int, body: bytes) -> Captured:
    return Captured(
        {"type": "http.response.start", "status": status, "headers": []}, body
    )


def test_differences_name_each_changed_field():
    old = captured(
        200, b'{"id": 1, "content": "Hi", "created_at": "2025-01-01T10:00:00Z"}'
    )
    new = captured(
        200, b'{"id": 1, "content": "Hi", "created_at": "2025-01-01T10:00:00+00:00"}'
    )
    assert differences(old, new) == [
        "created_at: '2025-01-01T10:00:00Z' != '2025-01-01T10:00:00+00:00'"
    ]


def test_lists_are_compared_whole():
    assert differences(captured(200, b"[1, 2]"), captured(200, b"[2, 1]")) == [
        "body [1, 2] != [2, 1]"
    ]
    # spacing is not a difference
    assert differences(captured(200, b"[1, 2]"), captured(200, b"[1,2]")) == []
