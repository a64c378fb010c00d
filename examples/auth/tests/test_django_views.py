import pytest
from django.contrib.auth.models import User
from django.test import Client

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("auth.django_app.urls"),
    pytest.mark.usefixtures("fast_password_hasher"),
]


@pytest.fixture
def alice() -> User:
    return User.objects.create_user("alice", password="alice-pw")


def test_login_starts_a_session_and_logout_ends_it(client, alice):
    assert client.get("/me/").status_code == 401
    response = client.post(
        "/login/",
        {"username": "alice", "password": "alice-pw"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.cookies["sessionid"]["httponly"]
    assert client.get("/me/").json() == {"username": "alice", "is_staff": False}
    assert client.post("/logout/").status_code == 200
    assert client.get("/me/").status_code == 401


def test_wrong_password_is_refused(client, alice):
    response = client.post(
        "/login/",
        {"username": "alice", "password": "nope"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "sessionid" not in response.cookies


# region csrf
def test_plain_django_post_needs_the_csrf_token(alice):
    # the test client skips CSRF unless asked
    browser = Client(enforce_csrf_checks=True)
    credentials = {"username": "alice", "password": "alice-pw"}
    assert (
        browser.post(
            "/login/", credentials, content_type="application/json"
        ).status_code
        == 403
    )

    headers = {"X-CSRFToken": browser.get("/csrf/").cookies["csrftoken"].value}
    response = browser.post(
        "/login/", credentials, content_type="application/json", headers=headers
    )
    assert response.status_code == 200


# endregion csrf
