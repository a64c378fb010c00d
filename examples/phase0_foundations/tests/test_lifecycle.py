import re

import httpx
import pytest
from django.core.asgi import get_asgi_application
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from phase0_foundations.django_app import settings_middleware

pytestmark = pytest.mark.urls("phase0_foundations.django_app.urls")


@pytest.fixture(autouse=True)
def keep_the_test_database_connection():
    # Real handlers close stale connections per request; Django's test client stops that
    # too.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# region order
TRACED = [
    "phase0_foundations.django_app.lifecycle.OuterTrace",
    "phase0_foundations.django_app.lifecycle.InnerTrace",
]
EVERY_STAGE = " > ".join(
    [
        "outer: request",  # __call__, in MIDDLEWARE order
        "inner: request",
        # process_view, once the URL resolver chose the view
        "outer: view is show_stages",
        "inner: view is show_stages",
        "view",
        "inner: response",  # back out, in reverse order
        "outer: response",
    ]
)


def test_the_test_client_runs_the_whole_stack(client, settings):
    settings.MIDDLEWARE = TRACED
    response = client.get("/stages/")
    assert response["X-Stages"] == EVERY_STAGE
    # The view only saw what happened before it; the response phase had not started.
    assert response.json()["stages"] == EVERY_STAGE.split(" > ")[:5]
    assert response.json()["url_name"] == "stages"


# endregion order


# region servers
def test_a_wsgi_server_goes_through_the_same_stages(settings):
    settings.MIDDLEWARE = TRACED
    # what gunicorn would call
    transport = httpx.WSGITransport(app=get_wsgi_application())
    with httpx.Client(transport=transport, base_url="http://testserver") as http:
        assert http.get("/stages/").headers["X-Stages"] == EVERY_STAGE


@pytest.mark.asyncio
async def test_an_asgi_server_goes_through_the_same_stages(settings):
    settings.MIDDLEWARE = TRACED
    # what uvicorn would call
    transport = httpx.ASGITransport(app=get_asgi_application())
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver"
    ) as http:
        response = await http.get("/stages/")
    assert response.headers["X-Stages"] == EVERY_STAGE


# endregion servers


# region request_id_tests
@pytest.fixture
def project_middleware(settings):
    settings.MIDDLEWARE = settings_middleware.MIDDLEWARE  # the list shown above


def test_every_request_gets_its_own_id(client, project_middleware):
    first, second = client.get("/request-id/"), client.get("/request-id/")
    assert re.fullmatch(r"[0-9a-f]{32}", first["X-Request-ID"])
    assert first["X-Request-ID"] != second["X-Request-ID"]
    assert first.json() == {"request_id": first["X-Request-ID"]}  # the view sees it too


def test_an_id_from_the_caller_is_kept(client, project_middleware):
    response = client.get("/request-id/", headers={"X-Request-ID": "checkout-42"})
    assert response["X-Request-ID"] == "checkout-42"


@pytest.mark.parametrize("unsafe", ["x" * 65, "two words", "id\u00e9"])
def test_an_unsafe_id_is_replaced(client, project_middleware, unsafe):
    response = client.get("/request-id/", headers={"X-Request-ID": unsafe})
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


# endregion request_id_tests
