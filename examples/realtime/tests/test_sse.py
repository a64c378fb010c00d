"""Server-sent events from both frameworks, read back and parsed the way EventSource does."""

import asyncio
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from django.core.asgi import get_asgi_application
from django.http import StreamingHttpResponse
from fastapi.testclient import TestClient
from httpx2 import ASGITransport, AsyncClient

from realtime.django_app import views
from realtime.fastapi_app import main
from realtime.tests.events import parse_events

ALL_EVENTS = [
    {"event": "progress", "id": "25", "data": {"job": 7, "percent": 25}},
    {"event": "progress", "id": "50", "data": {"job": 7, "percent": 50}},
    {"event": "progress", "id": "75", "data": {"job": 7, "percent": 75}},
    {"event": "progress", "id": "100", "data": {"job": 7, "percent": 100}},
    {"event": "done", "data": {"job": 7}},
]


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(main, "PROGRESS_INTERVAL", 0)
    monkeypatch.setattr(views, "PROGRESS_INTERVAL", 0)


# region fastapi_stream
def test_fastapi_streams_progress_events():
    with (
        TestClient(main.app) as client,
        client.stream("GET", "/jobs/7/events") as response,
    ):
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["cache-control"] == "no-cache"
        assert parse_events(response.read().decode()) == ALL_EVENTS


# endregion fastapi_stream


def test_fastapi_resumes_after_last_event_id():
    with TestClient(main.app) as client:
        response = client.get("/jobs/7/events", headers={"Last-Event-ID": "50"})
    assert parse_events(response.text) == ALL_EVENTS[2:]


def test_fastapi_rejects_a_malformed_last_event_id():
    with TestClient(main.app) as client:
        response = client.get("/jobs/7/events", headers={"Last-Event-ID": "fifty"})
    assert response.status_code == 422


# region django_stream
@pytest_asyncio.fixture
async def django_client() -> AsyncIterator[AsyncClient]:
    # The real ASGI handler, as uvicorn would run it: Django's own test Client is WSGI-
    # style.
    transport = ASGITransport(app=get_asgi_application())
    async with AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.mark.asyncio
@pytest.mark.urls("realtime.django_app.urls")
async def test_django_streams_progress_events_under_asgi(django_client):
    response = await django_client.get("/jobs/7/events/")
    assert response.headers["content-type"] == "text/event-stream"
    assert response.headers["x-accel-buffering"] == "no"
    assert parse_events(response.text) == ALL_EVENTS


# endregion django_stream


@pytest.mark.asyncio
@pytest.mark.urls("realtime.django_app.urls")
async def test_django_resumes_after_last_event_id(django_client):
    response = await django_client.get(
        "/jobs/7/events/", headers={"Last-Event-ID": "75"}
    )
    assert parse_events(response.text) == ALL_EVENTS[3:]


@pytest.mark.asyncio
@pytest.mark.urls("realtime.django_app.urls")
async def test_django_rejects_a_malformed_last_event_id(django_client):
    response = await django_client.get(
        "/jobs/7/events/", headers={"Last-Event-ID": "fifty"}
    )
    assert response.status_code == 400


async def first_event_then_disconnect(app, path: str) -> list[bytes]:
    """Drive an ASGI app by hand: the client goes away as soon as the first event arrives."""
    chunks: list[bytes] = []
    first_event = asyncio.Event()
    messages = [{"type": "http.request", "body": b"", "more_body": False}]

    async def receive() -> dict:
        if messages:
            return messages.pop()
        await first_event.wait()
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.body" and message.get("body"):
            chunks.append(message["body"])
            first_event.set()

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    await asyncio.wait_for(app(scope, receive, send), timeout=5)
    return chunks


@pytest.mark.asyncio
@pytest.mark.parametrize("framework", ["django", "fastapi"])
async def test_a_client_disconnect_stops_the_generator(
    framework, monkeypatch, settings
):
    monkeypatch.setattr(views, "PROGRESS_INTERVAL", 0.05)
    monkeypatch.setattr(main, "PROGRESS_INTERVAL", 0.05)
    if framework == "django":
        settings.ROOT_URLCONF = "realtime.django_app.urls"
        chunks = await first_event_then_disconnect(
            get_asgi_application(), "/jobs/7/events/"
        )
    else:
        chunks = await first_event_then_disconnect(main.app, "/jobs/7/events")
    # nothing after the disconnect
    assert parse_events(b"".join(chunks).decode()) == ALL_EVENTS[:1]


# region what_changed
def counting_events(produced: list[int]):
    """A sync generator that records how far it has been read."""
    for number in range(3):
        produced.append(number)
        yield f"data: {number}\n\n"


@pytest.mark.asyncio
async def test_a_sync_iterator_under_asgi_is_read_to_the_end_before_the_first_byte():
    produced: list[int] = []
    response = StreamingHttpResponse(
        counting_events(produced), content_type="text/event-stream"
    )
    read_before_first_chunk = None
    with pytest.warns(Warning, match="must consume synchronous iterators"):
        # what Django's ASGI handler does with the response
        async for _chunk in response:
            if read_before_first_chunk is None:
                read_before_first_chunk = len(produced)
    # buffered: an endless sync stream would never send anything
    assert read_before_first_chunk == 3


def test_an_async_iterator_under_wsgi_is_read_to_the_end_before_the_first_byte():
    produced: list[int] = []

    async def events() -> AsyncIterator[str]:
        for chunk in counting_events(produced):
            yield chunk

    response = StreamingHttpResponse(events(), content_type="text/event-stream")
    with pytest.warns(Warning, match="must consume asynchronous iterators"):
        iterator = iter(response)  # what a WSGI server, or Django's test Client, does
        next(iterator)
    assert len(produced) == 3


# endregion what_changed
