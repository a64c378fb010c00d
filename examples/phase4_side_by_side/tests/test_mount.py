"""Django mounted inside the FastAPI app: one process, one port."""

import pytest
from django.test import Client
from fastapi.testclient import TestClient

from capstone.django_app.models import ChatMessage
from exchanges import record
from phase4_side_by_side.fastapi_app.main import create_combined_app
from phase4_side_by_side.tests.conftest import PASSWORD

MESSAGE = {"role": "user", "content": "Through the mount", "session_id": "mounted"}


@pytest.fixture
def client(database_url, django_urls):
    with TestClient(create_combined_app(database_url)) as client:
        yield client


def test_a_drf_view_answers_under_the_mount(client):
    response = client.post("/django/api/messages/", json=MESSAGE)
    assert response.status_code == 201
    # DRF's header: Django answered
    assert response.headers["allow"] == "GET, POST, HEAD, OPTIONS"
    assert ChatMessage.objects.get().content == MESSAGE["content"]


def test_fastapi_routes_answer_beside_it(client):
    created = client.post("/django/api/messages/", json=MESSAGE).json()
    response = client.get(f"/api/messages/{created['id']}/")
    assert (response.status_code, response.json()) == (200, created)
    assert "allow" not in response.headers  # FastAPI answered


def test_django_knows_it_lives_under_the_mount(client, ada):
    response = client.get("/django/admin/", follow_redirects=False)
    assert response.status_code == 302
    # SCRIPT_NAME is /django
    assert response.headers["location"] == "/django/admin/login/?next=/django/admin/"


def test_a_path_neither_side_knows_is_a_fastapi_404(client):
    response = client.get("/nowhere/")
    assert (response.status_code, response.json()) == (404, {"detail": "Not Found"})
    record("phase4_side_by_side/mount-unknown-path", response)


# region admin_login
def test_logging_in_to_the_django_admin_logs_in_to_fastapi(client, ada):
    assert client.get("/api/v2/me").status_code == 401
    client.get("/django/admin/login/")  # sets the csrftoken cookie
    response = client.post(
        "/django/admin/login/",
        data={
            "username": "ada",
            "password": PASSWORD,
            "csrfmiddlewaretoken": client.cookies["csrftoken"],
            "next": "/django/admin/",  # the hidden field of the admin's login form
        },
        follow_redirects=False,
    )
    assert (response.status_code, response.headers["location"]) == (
        302,
        "/django/admin/",
    )
    me = client.get("/api/v2/me")
    assert (me.status_code, me.json()) == (
        200,
        {"id": ada.pk, "username": "ada", "is_staff": True},
    )


# endregion admin_login


def test_a_logged_in_session_must_send_the_csrf_token_to_drf(client, ada):
    browser = Client()
    browser.force_login(ada)
    client.cookies.set("sessionid", browser.cookies["sessionid"].value)
    response = client.post("/django/api/messages/", json=MESSAGE)
    assert (response.status_code, response.json()) == (
        403,
        {"detail": "CSRF Failed: CSRF cookie not set."},
    )
    record("phase4_side_by_side/drf-session-write-without-csrf", response)
