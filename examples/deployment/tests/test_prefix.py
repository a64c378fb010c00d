"""Serving under a path prefix that the proxy strips: /shop/items/42 reaches the app as /items/42."""

import importlib

import pytest
from django.core.asgi import get_asgi_application
from django.test import override_settings
from django.urls import clear_script_prefix
from fastapi.testclient import TestClient
from httpx2 import ASGITransport, AsyncClient

from deployment.django_project import production
from deployment.fastapi_app.main import create_app
from deployment.local_server import serve

pytestmark = pytest.mark.urls("deployment.django_app.urls")


@pytest.fixture(autouse=True)
def forget_the_prefix():
    yield
    # Django keeps the request's prefix in a thread-local; don't leak it
    clear_script_prefix()


# region fastapi_prefix
@pytest.mark.asyncio
async def test_uvicorn_root_path_prefixes_generated_urls():
    # What `uvicorn main:app --root-path /shop` does, on a real socket.
    async with (
        serve(create_app(), root_path="/shop") as base_url,
        AsyncClient(base_url=base_url) as client,
    ):
        body = (await client.get("/items/42")).json()  # the proxy already removed /shop
        schema = (await client.get("/openapi.json")).json()
    assert body["url"] == f"{base_url}/shop/items/42"
    assert schema["servers"] == [{"url": "/shop"}]  # so /docs works behind the prefix


# endregion fastapi_prefix


def test_the_test_client_passes_a_root_path_as_the_server_does():
    with TestClient(create_app(), root_path="/shop") as client:
        assert (
            client.get("/items/42").json()["url"] == "http://testserver/shop/items/42"
        )


def test_without_root_path_urls_point_at_the_wrong_place():
    with TestClient(create_app()) as client:
        assert client.get("/items/42").json()["url"] == "http://testserver/items/42"


@pytest.fixture
def script_name_from_environment(monkeypatch):
    monkeypatch.setenv("DJANGO_SCRIPT_NAME", "/shop")
    yield importlib.reload(production).FORCE_SCRIPT_NAME
    monkeypatch.delenv("DJANGO_SCRIPT_NAME")
    importlib.reload(production)


async def get_from_django(path: str, root_path: str = "") -> dict:
    # The real ASGI handler, as a server calls it; Django's test Client ignores the
    # script prefix.
    transport = ASGITransport(app=get_asgi_application(), root_path=root_path)
    async with AsyncClient(transport=transport, base_url="http://testserver") as client:
        return (await client.get(path)).json()


# region django_prefix
@pytest.mark.asyncio
async def test_django_force_script_name_prefixes_reversed_urls(
    script_name_from_environment,
):
    # production.py read DJANGO_SCRIPT_NAME
    assert script_name_from_environment == "/shop"
    with override_settings(FORCE_SCRIPT_NAME=script_name_from_environment):
        body = await get_from_django("/items/42/")
    assert body["url"] == "http://testserver/shop/items/42/"


# endregion django_prefix


@pytest.mark.asyncio
async def test_django_under_asgi_takes_the_prefix_from_root_path():
    # What uvicorn --root-path /shop sends Django: root_path in the scope, the path
    # including it.
    body = await get_from_django("/shop/items/42/", root_path="/shop")
    assert body["url"] == "http://testserver/shop/items/42/"
