"""Tutorial patterns that changed or mislead. Each test fails if the page's claim stops being true."""

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware


def test_add_middleware_after_the_app_started_raises_since_starlette_024():
    app = FastAPI()
    app.get("/")(lambda: {})
    TestClient(app).get("/")  # the first request builds the middleware stack
    with pytest.raises(
        RuntimeError, match="Cannot add middleware after an application has started"
    ):
        app.add_middleware(GZipMiddleware)


def test_wildcard_origins_with_credentials_echo_any_origin_that_sends_a_cookie():
    app = FastAPI()
    app.get("/me")(lambda: {"user": "alice"})
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
    response = TestClient(app).get(
        "/me", headers={"Origin": "https://evil.example", "Cookie": "session=abc"}
    )
    # Not "*": the attacker's own origin, plus permission to read the credentialed
    # response.
    assert response.headers["access-control-allow-origin"] == "https://evil.example"
    assert response.headers["access-control-allow-credentials"] == "true"
