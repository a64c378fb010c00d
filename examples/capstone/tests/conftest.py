"""One contract, three implementations.

Every test using `api` runs against DRF, Django Ninja and FastAPI.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from fastapi.testclient import TestClient
from rest_framework.test import APIClient

from capstone.fastapi_app.main import create_app


@dataclass
class ApiResponse:
    status: int
    body: Any


@dataclass
class Api:
    """The same five verbs over either framework's test client."""

    name: str
    send: Callable[..., Any]

    def call(self, method: str, path: str, json: Any = None) -> ApiResponse:
        response = self.send(method, path, json)
        return ApiResponse(
            response.status_code, response.json() if response.content else None
        )

    def get(self, path: str) -> ApiResponse:
        return self.call("get", path)

    def post(self, path: str, json: Any) -> ApiResponse:
        return self.call("post", path, json)

    def put(self, path: str, json: Any) -> ApiResponse:
        return self.call("put", path, json)

    def patch(self, path: str, json: Any) -> ApiResponse:
        return self.call("patch", path, json)

    def delete(self, path: str) -> ApiResponse:
        return self.call("delete", path)


# region api_fixtures
@pytest.fixture
def drf_api(db, settings) -> Api:
    settings.ROOT_URLCONF = "capstone.drf_app.urls"
    client = APIClient()
    return Api(
        "drf",
        lambda method, path, json: getattr(client, method)(path, json, format="json"),
    )


@pytest.fixture
def fastapi_api(tmp_path) -> Iterator[Api]:
    app = create_app(f"sqlite+aiosqlite:///{tmp_path / 'capstone.sqlite3'}")
    with TestClient(app) as client:  # `with` runs the lifespan: engine and tables
        yield Api(
            "fastapi",
            lambda method, path, json: client.request(method.upper(), path, json=json),
        )


@pytest.fixture(params=["drf", "ninja", "fastapi"])
def api(request) -> Api:
    return request.getfixturevalue(f"{request.param}_api")


# endregion api_fixtures


# region ninja_fixture
@pytest.fixture
def ninja_api(db, settings) -> Api:
    # Django's own test client, so URL routing and middleware run as in production;
    # Ninja's TestClient calls the view with a mock request instead.
    settings.ROOT_URLCONF = "capstone.ninja_app.urls"
    client = Client()

    def send(method: str, path: str, json: Any) -> Any:
        if json is None:
            return getattr(client, method)(path)
        return getattr(client, method)(path, json, content_type="application/json")

    return Api("ninja", send)


# endregion ninja_fixture
