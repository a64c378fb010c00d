"""Older routing spellings from tutorials: removed, deprecated or changed. Each test backs one row."""

from typing import Annotated

import pytest
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import FastAPIDeprecationWarning
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.datastructures import URL


def test_django_conf_urls_url_was_removed():
    with pytest.raises(ImportError):
        from django.conf.urls import url  # noqa: F401  (removed in Django 4.0)


def test_detail_route_and_list_route_were_removed():
    with pytest.raises(ImportError):
        from rest_framework.decorators import detail_route  # noqa: F401  (removed in DRF 3.10)
    with pytest.raises(ImportError):
        from rest_framework.decorators import list_route  # noqa: F401


def test_query_regex_is_deprecated_for_pattern():
    # FastAPIDeprecationWarning is a UserWarning (shown by default), not a
    # DeprecationWarning
    with pytest.warns(FastAPIDeprecationWarning, match="use `pattern` instead"):
        Query(regex=r"^\w+$")


def test_default_as_query_and_annotated_declare_the_same_parameter():
    legacy, current = FastAPI(), FastAPI()

    @legacy.get("/items")
    async def legacy_items(limit: int = Query(10, ge=1, le=100)) -> int:
        return limit

    @current.get("/items")
    async def current_items(limit: Annotated[int, Query(ge=1, le=100)] = 10) -> int:
        return limit

    def parameter(app: FastAPI) -> dict:
        return app.openapi()["paths"]["/items"]["get"]["parameters"][0]

    assert parameter(legacy) == parameter(current)
    assert TestClient(current).get("/items", params={"limit": 5}).json() == 5
    assert TestClient(legacy).get("/items", params={"limit": 5}).json() == 5


def test_url_for_returns_a_url_object_not_a_str():
    app = FastAPI()

    @app.get("/items/{item_id}")
    async def read_item(item_id: int, request: Request) -> dict:
        url = request.url_for("read_item", item_id=item_id)
        return {
            "is_url": isinstance(url, URL),
            "is_str": isinstance(url, str),
            "url": str(url),
        }

    assert TestClient(app).get("/items/1").json() == {
        "is_url": True,
        "is_str": False,
        "url": "http://testserver/items/1",
    }


def test_return_annotation_replaces_response_model_with_typing_list():
    app = FastAPI()

    @app.get("/old", response_model=list[int])
    async def old() -> object:
        return [1, "2"]

    @app.get("/new")
    async def new() -> list[int]:
        return [1, "2"]

    routes = {route.path: route for route in app.routes if isinstance(route, APIRoute)}
    assert routes["/new"].response_model == list[int]
    client = TestClient(app)
    assert client.get("/old").json() == client.get("/new").json() == [1, 2]
