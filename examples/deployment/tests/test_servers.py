"""Real servers on real sockets, and the server configuration files."""

import os
import runpy
from pathlib import Path

import pytest
from django.core.asgi import get_asgi_application
from httpx2 import AsyncClient

from deployment.fastapi_app.main import app
from deployment.local_server import serve

PROJECT = Path(__file__).resolve().parents[1]


# region fastapi_socket
@pytest.mark.asyncio
async def test_fastapi_app_serves_over_a_real_socket():
    async with serve(app) as base_url, AsyncClient(base_url=base_url) as client:
        response = await client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})
    assert response.headers["server"] == "uvicorn"


# endregion fastapi_socket


# region django_socket
@pytest.mark.asyncio
@pytest.mark.urls("deployment.django_app.urls")
async def test_django_project_serves_over_a_real_socket():
    # Django implements no ASGI lifespan events, so uvicorn is told not to send them.
    async with (
        serve(get_asgi_application(), lifespan="off") as base_url,
        AsyncClient(base_url=base_url) as client,
    ):
        response = await client.get("/healthz/")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


# endregion django_socket


@pytest.mark.asyncio
async def test_the_server_is_gone_after_the_block():
    async with serve(app) as base_url:
        pass
    async with AsyncClient(base_url=base_url) as client:
        with pytest.raises(Exception, match="(?i)connect"):
            await client.get("/healthz")


def load_gunicorn_config(
    relative: str, monkeypatch, cores: int, web_concurrency: str | None = None
) -> dict:
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    if web_concurrency is None:
        monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    else:
        monkeypatch.setenv("WEB_CONCURRENCY", web_concurrency)
    return runpy.run_path(str(PROJECT / relative))


def test_sync_workers_follow_the_two_per_core_plus_one_rule(monkeypatch):
    config = load_gunicorn_config(
        "django_project/gunicorn.conf.py", monkeypatch, cores=4
    )
    assert (config["workers"], config["worker_class"]) == (9, "sync")


def test_async_workers_start_at_one_per_core(monkeypatch):
    config = load_gunicorn_config("fastapi_app/gunicorn.conf.py", monkeypatch, cores=4)
    assert (config["workers"], config["worker_class"]) == (
        4,
        "uvicorn_worker.UvicornWorker",
    )


@pytest.mark.parametrize(
    "relative", ["django_project/gunicorn.conf.py", "fastapi_app/gunicorn.conf.py"]
)
def test_web_concurrency_overrides_the_computed_count(monkeypatch, relative):
    # Set it in a container: os.cpu_count() sees the host's cores, not the container's
    # CPU limit.
    config = load_gunicorn_config(relative, monkeypatch, cores=64, web_concurrency="3")
    assert config["workers"] == 3
    loopback = "127.0.0.1,::1"  # gunicorn's and uvicorn's own default
    expected = os.environ.get("FORWARDED_ALLOW_IPS", loopback)
    assert config["forwarded_allow_ips"] == expected
