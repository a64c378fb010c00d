"""What BaseHTTPMiddleware (and so @app.middleware("http")) costs compared with pure ASGI middleware."""

import re
from contextvars import ContextVar

from fastapi import BackgroundTasks, FastAPI, Request
from fastapi.testclient import TestClient
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware

from middleware.fastapi_app.base_http import RequestIdHTTPMiddleware

current_user: ContextVar[str] = ContextVar("current_user", default="anonymous")


def app_with(*middleware: Middleware, seen: list[str] | None = None) -> FastAPI:
    app = FastAPI(middleware=list(middleware))

    @app.get("/hello")
    async def hello(request: Request, tasks: BackgroundTasks) -> dict[str, str]:
        current_user.set("alice")  # e.g. set by the authentication dependency
        tasks.add_task((seen if seen is not None else []).append, "background task ran")
        return {"request_id": getattr(request.state, "request_id", "")}

    return app


def test_base_http_version_adds_the_same_headers():
    response = TestClient(app_with(Middleware(RequestIdHTTPMiddleware))).get(
        "/hello", headers={"X-Request-ID": "edge-7f3a9c21"}
    )
    assert (
        response.headers["x-request-id"]
        == "edge-7f3a9c21"
        == response.json()["request_id"]
    )
    assert re.fullmatch(r"app;dur=\d+\.\d", response.headers["server-timing"])


# region contextvars
def test_context_variables_set_by_the_endpoint_do_not_reach_base_http_middleware():
    seen: list[str] = []

    class AccessLog(BaseHTTPMiddleware):
        async def dispatch(self, request, call_next):
            response = await call_next(request)
            seen.append(f"base: {current_user.get()}")
            return response

    class PureAccessLog:
        def __init__(self, app):
            self.app = app

        async def __call__(self, scope, receive, send):
            await self.app(scope, receive, send)
            if scope["type"] == "http":
                seen.append(f"asgi: {current_user.get()}")

    app = app_with(
        Middleware(PureAccessLog),
        Middleware(AccessLog),
        Middleware(RequestIdHTTPMiddleware),
    )
    TestClient(app).get("/hello")
    # call_next ran the endpoint in another task, so its context changes stayed there.
    assert seen == ["base: anonymous", "asgi: anonymous"]

    seen.clear()
    TestClient(
        app_with(Middleware(PureAccessLog), Middleware(RequestIdHTTPMiddleware))
    ).get("/hello")
    # one BaseHTTPMiddleware anywhere inside is enough to cut it off
    assert seen == ["asgi: anonymous"]

    seen.clear()
    TestClient(app_with(Middleware(PureAccessLog))).get("/hello")
    assert seen == ["asgi: alice"]


# endregion contextvars


def test_background_tasks_run_behind_base_http_middleware_since_starlette_021():
    seen: list[str] = []
    TestClient(app_with(Middleware(RequestIdHTTPMiddleware), seen=seen)).get("/hello")
    assert seen == ["background task ran"]
