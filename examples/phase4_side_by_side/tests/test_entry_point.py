"""One ASGI entry point routing by path: /api/v2/ to FastAPI, the rest to Django."""

import pytest
from fastapi.testclient import TestClient

from exchanges import record
from phase4_side_by_side.asgi import create_entry_point
from phase4_side_by_side.tests.conftest import PASSWORD

MESSAGE = {"role": "assistant", "content": "Routed by path", "session_id": "entry"}


@pytest.fixture
def client(database_url, django_urls):
    with TestClient(create_entry_point()) as client:  # `with` sends the lifespan events
        yield client


def test_the_v2_prefix_reaches_fastapi(client):
    response = client.get("/api/v2/me")
    assert (response.status_code, response.json()) == (
        401,
        {"detail": "Log in through Django first."},
    )


def test_everything_else_reaches_django(client):
    response = client.post("/api/messages/", json=MESSAGE)
    assert response.status_code == 201
    assert response.headers["allow"] == "GET, POST, HEAD, OPTIONS"  # DRF answered
    assert client.get("/admin/login/").status_code == 200


def test_an_unknown_path_is_a_django_404(client):
    response = client.get("/nowhere/")
    assert response.status_code == 404
    # Django's page, not FastAPI's JSON
    assert response.headers["content-type"].startswith("text/html")
    record("phase4_side_by_side/dispatcher-unknown-path", response)


def test_one_login_across_the_entry_point(client, ada):
    client.get("/admin/login/")
    client.post(
        "/admin/login/",
        data={
            "username": "ada",
            "password": PASSWORD,
            "csrfmiddlewaretoken": client.cookies["csrftoken"],
        },
    )
    assert client.get("/api/v2/me").json()["username"] == "ada"
