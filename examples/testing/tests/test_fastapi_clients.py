"""TestClient and httpx2.AsyncClient, and which of them runs the lifespan."""

import threading

import httpx2
import pytest
from fastapi.testclient import TestClient
from httpx2 import ASGITransport, AsyncClient

from testing.fastapi_app.config import Settings, get_settings
from testing.fastapi_app.main import app, get_webhooks


# region clients
def test_with_testclient():
    # A plain def test: TestClient runs the app on an event loop in another thread.
    with TestClient(app) as client:  # "with" runs the lifespan's startup and shutdown
        response = client.get("/health")
    assert response.json() == {"status": "ok", "webhooks": "https://hooks.example.com"}


@pytest.mark.asyncio
async def test_with_asyncclient():
    # An async test: the app runs on this test's event loop, and awaits are real awaits.
    transport = ASGITransport(app=app)  # sends HTTP requests only: no lifespan events
    async with app.router.lifespan_context(app):  # so start the lifespan by hand
        async with AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.get("/health")
    assert response.json() == {"status": "ok", "webhooks": "https://hooks.example.com"}


# endregion clients


# region lifespan
def test_lifespan_runs_startup_and_shutdown():
    with TestClient(app):
        webhooks = app.state.webhooks  # startup created the client
        assert not webhooks.is_closed
    assert webhooks.is_closed  # shutdown closed it
    assert not hasattr(app.state, "webhooks")


def test_testclient_without_with_skips_the_lifespan():
    client = TestClient(app)  # no "with": startup never runs
    with pytest.raises(AttributeError, match="webhooks"):
        client.get("/health")


@pytest.mark.asyncio
async def test_asgi_transport_skips_the_lifespan():
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        with pytest.raises(AttributeError, match="webhooks"):
            await client.get("/health")


# endregion lifespan


# region lifespan-settings
def test_dependency_overrides_do_not_reach_the_lifespan(monkeypatch):
    app.dependency_overrides[get_settings] = lambda: Settings(
        webhook_url="https://override.test"
    )
    with TestClient(app) as client:
        webhooks = client.get("/health").json()["webhooks"]
    assert webhooks == "https://hooks.example.com"  # the override was ignored
    app.dependency_overrides.clear()

    # The lifespan calls get_settings() itself: change what that call returns instead.
    monkeypatch.setenv("TASKS_WEBHOOK_URL", "https://from-env.test")
    get_settings.cache_clear()
    with TestClient(app) as client:
        assert client.get("/health").json()["webhooks"] == "https://from-env.test"
    get_settings.cache_clear()  # the next test reads the real environment again


# endregion lifespan-settings


def test_testclient_runs_the_app_in_another_thread():
    threads: list[int] = []

    async def recording_webhooks() -> httpx2.AsyncClient:
        threads.append(threading.get_ident())
        return httpx2.AsyncClient(base_url="https://recorded.test")

    app.dependency_overrides[get_webhooks] = recording_webhooks
    with TestClient(app) as client:
        assert client.get("/health").json()["webhooks"] == "https://recorded.test"
    app.dependency_overrides.clear()
    assert threads and threads[0] != threading.get_ident()
