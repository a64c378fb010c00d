import asyncio
import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware

from exchanges import record
from middleware.fastapi_app import maintenance
from middleware.fastapi_app.main import app
from middleware.fastapi_app.middleware import RequestIdMiddleware

SERVER_TIMING = re.compile(r"app;dur=\d+\.\d")
ALLOWED = {"Origin": "https://app.example.com"}


@pytest.fixture
def client() -> TestClient:
    return TestClient(app, base_url="http://api.example.com")


# region request-id
def test_request_id_is_generated_and_timing_added(client):
    response = client.get("/hello")
    request_id = response.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    assert response.json() == {"request_id": request_id}  # the endpoint saw the same id
    assert SERVER_TIMING.fullmatch(response.headers["server-timing"])


def test_incoming_request_id_is_reused_and_junk_is_replaced(client):
    reused = client.get("/hello", headers={"X-Request-ID": "edge-7f3a9c21"}).headers[
        "x-request-id"
    ]
    assert reused == "edge-7f3a9c21"
    replaced = client.get("/hello", headers={"X-Request-ID": "not a valid id"}).headers[
        "x-request-id"
    ]
    assert re.fullmatch(r"[0-9a-f]{32}", replaced)


# endregion request-id


# region streaming
@pytest.mark.asyncio
async def test_streamed_chunks_pass_through_untouched():
    """Calls the app the way a server does, and records every ASGI message it sends back."""
    sent: list[dict] = []
    request = [{"type": "http.request", "body": b"", "more_body": False}]

    async def receive() -> dict:
        if request:
            return request.pop()
        # the client never disconnects; cancelled when the response ends
        await asyncio.Event().wait()
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http", "method": "GET", "path": "/stream", "raw_path": b"/stream", "query_string": b"",
        "headers": [(b"host", b"api.example.com")], "scheme": "http", "server": ("api.example.com", 80),
        "http_version": "1.1", "root_path": "", "client": ("127.0.0.1", 5000),
    }  # fmt: skip
    await app(scope, receive, send)

    start = sent[0]
    assert start["type"] == "http.response.start"
    assert {b"x-request-id", b"server-timing"} <= dict(start["headers"]).keys()
    bodies = [message["body"] for message in sent[1:] if message["body"]]
    # one message per chunk, as yielded
    assert bodies == [b"line 0\n", b"line 1\n", b"line 2\n"]


# endregion streaming


def test_unhandled_errors_are_answered_outside_user_middleware():
    response = TestClient(
        app, base_url="http://api.example.com", raise_server_exceptions=False
    ).get("/boom")
    assert response.status_code == 500
    # ServerErrorMiddleware sits outside every user middleware
    assert "x-request-id" not in response.headers

    wrapped = TestClient(
        RequestIdMiddleware(app),
        base_url="http://api.example.com",
        raise_server_exceptions=False,
    )
    response = wrapped.get("/boom")
    assert response.status_code == 500 and "x-request-id" in response.headers


# region cors
def test_preflight_from_an_allowed_origin(client):
    response = client.options(
        "/hello", headers={**ALLOWED, "Access-Control-Request-Method": "POST"}
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "https://app.example.com"
    assert response.headers["access-control-allow-methods"] == "GET, POST"
    assert response.headers["access-control-max-age"] == "600"


def test_preflight_from_another_origin_is_a_400_without_cors_headers(client):
    origin = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    response = client.options("/hello", headers=origin)
    assert response.status_code == 400
    assert response.text == "Disallowed CORS origin"
    assert "access-control-allow-origin" not in response.headers
    record("middleware/fastapi-preflight-other-origin", response)


def test_simple_request_exposes_the_request_id_to_allowed_origins_only(client):
    allowed = client.get("/hello", headers=ALLOWED)
    assert allowed.headers["access-control-allow-origin"] == "https://app.example.com"
    assert allowed.headers["access-control-expose-headers"] == "X-Request-ID"
    other = client.get("/hello", headers={"Origin": "https://evil.example"})
    assert (
        other.status_code == 200 and "access-control-allow-origin" not in other.headers
    )
    # The answer depends on Origin: Starlette 1.x adds Vary: Origin to every response.
    assert allowed.headers["vary"] == other.headers["vary"] == "Origin"
    assert client.get("/hello").headers["vary"] == "Origin"  # no Origin header at all


# endregion cors


# region gzip
def test_gzip_compresses_large_responses_for_clients_that_accept_it(client):
    response = client.get("/report", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["vary"] == "Accept-Encoding, Origin"  # Origin: from CORS
    assert len(response.json()["rows"]) == 100  # httpx decompresses transparently

    # size on the wire
    assert int(response.headers["content-length"]) < len(response.content) / 5

    plain = client.get("/report", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    small = client.get("/hello", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers  # under minimum_size=500 bytes


# endregion gzip


# region hosts
@pytest.mark.parametrize(
    ("host", "status"),
    [("api.example.com", 200), ("eu.example.org", 200), ("evil.example", 400)],
)
def test_trusted_hosts(host, status):
    assert (
        TestClient(app, base_url=f"http://{host}").get("/hello").status_code == status
    )


# endregion hosts


def test_middleware_list_runs_top_down_and_add_middleware_wraps_the_outside():
    assert [m.cls for m in app.user_middleware][:2] == [
        RequestIdMiddleware,
        CORSMiddleware,
    ]
    seen: list[str] = []

    def recorder(name: str):
        class Recorder:
            def __init__(self, app):
                self.app = app

            async def __call__(self, scope, receive, send):
                seen.append(name)
                await self.app(scope, receive, send)

        return Recorder

    ordered = FastAPI(
        middleware=[Middleware(recorder("first")), Middleware(recorder("second"))]
    )
    ordered.get("/")(lambda: {})
    added = FastAPI()
    added.add_middleware(recorder("first"))
    added.add_middleware(recorder("second"))  # the last call ends up outermost
    added.get("/")(lambda: {})

    TestClient(ordered).get("/")
    TestClient(added).get("/")
    assert seen == ["first", "second", "second", "first"]


# region decorator
def test_decorator_middleware_answers_before_the_endpoint(monkeypatch):
    client = TestClient(maintenance.app)
    assert client.get("/hello").json() == {"message": "hello"}
    monkeypatch.setattr(maintenance.app.state, "maintenance", True)
    response = client.get("/hello")
    assert response.status_code == 503 and response.headers["retry-after"] == "120"
    record("middleware/fastapi-maintenance", response)
    # what the decorator registers
    assert maintenance.app.user_middleware[0].cls is BaseHTTPMiddleware


# endregion decorator
