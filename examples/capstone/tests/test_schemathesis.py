"""All three implementations checked by Schemathesis, a tool nobody here wrote.

Schemathesis reads the OpenAPI schema, generates valid and invalid requests for every operation,
and checks each response: no 5xx, only documented status codes and content types, bodies that
match the response schema, invalid input rejected, valid input accepted, 405s with a correct
Allow header.

There is one schema for all three apps: FastAPI's, generated from its code. The apps implement
one contract, and DRF has no schema worth testing against: its own generator is deprecated in
favour of drf-spectacular, needs `uritemplate` (not installed), and would not know about the
`session_id` query filter or the 400 and 404 responses. Ninja's schema lists only the responses
its decorators declare (200, 201, 204), so every error would count as undocumented.
"""

from collections.abc import Callable, Iterator

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from capstone.django_app.models import ChatMessage
from capstone.fastapi_app.main import create_app

schema = schemathesis.openapi.from_dict(create_app().openapi())

# The message every generated request finds in an otherwise empty database. Its id is 1,
# the smallest valid id, which Schemathesis tries on every operation: both 200 and 404
# get checked.
SEED = {"role": "user", "content": "Hello!", "session_id": "s-1"}

Send = Callable[[schemathesis.Case], object]


def send_through_django(urlconf: str, settings) -> Iterator[Send]:
    """Django's own WSGI handler, called in-process by Schemathesis's WSGI transport."""
    settings.ROOT_URLCONF = urlconf
    app = WSGIHandler()

    def send(case: schemathesis.Case) -> object:
        # a savepoint: each example starts from the seed alone
        with transaction.atomic():
            ChatMessage.objects.create(id=1, **SEED)
            response = case.call(app=app)
            transaction.set_rollback(True)
        return response

    # Django's test client does the same: after each request Django would otherwise
    # close the connection that holds pytest-django's test transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield send
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def send_to_drf(db, settings) -> Iterator[Send]:
    yield from send_through_django("capstone.drf_app.urls", settings)


@pytest.fixture
def send_to_ninja(db, settings) -> Iterator[Send]:
    yield from send_through_django("capstone.ninja_app.urls", settings)


def send_to_fastapi(case: schemathesis.Case) -> object:
    """A fresh app and in-memory database per example, reached through Starlette's TestClient.

    The TestClient runs the app's lifespan (engine, tables) and shuts it down again, which
    Schemathesis's own ASGI client would only do at interpreter exit.
    """
    with TestClient(create_app("sqlite+aiosqlite://")) as client:
        assert client.post("/api/messages/", json=SEED).json()["id"] == 1
        kwargs = case.as_transport_kwargs(base_url=str(client.base_url))
        # none in this schema; HTTPX deprecates per-request cookies
        kwargs.pop("cookies")
        # Arguments for `requests`, which calls a raw body `data`; HTTPX calls it
        # `content`.
        kwargs["content"] = kwargs.pop("data", None)
        return client.request(**kwargs)


@pytest.fixture(params=["drf", "ninja", "fastapi"])
def send(request) -> Send:
    if request.param == "fastapi":
        return send_to_fastapi
    return request.getfixturevalue(f"send_to_{request.param}")


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=25,
    derandomize=True,  # the same examples on every run
    database=None,  # and no replay of failures stored by an earlier run
    deadline=None,
    # `send` is created once per operation, not per example; each example resets the
    # data.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_the_api_conforms_to_its_schema(case: schemathesis.Case, send: Send) -> None:
    case.validate_response(send(case))
