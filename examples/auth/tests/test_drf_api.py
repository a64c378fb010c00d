import base64

import pytest
from django.contrib.auth.models import User
from rest_framework.authentication import SessionAuthentication
from rest_framework.test import APIClient, APIRequestFactory

from auth.django_app.models import ApiToken, Message
from auth.drf_app.views import MessageViewSet

pytestmark = [pytest.mark.django_db, pytest.mark.urls("auth.drf_app.urls"), pytest.mark.usefixtures("fast_password_hasher")]


@pytest.fixture
def users() -> dict[str, User]:
    return {
        "alice": User.objects.create_user("alice", password="alice-pw"),
        "bob": User.objects.create_user("bob", password="bob-pw"),
        "carol": User.objects.create_user("carol", password="carol-pw", is_staff=True),
    }


def token_client(user: User, enforce_csrf_checks: bool = False) -> APIClient:
    client = APIClient(enforce_csrf_checks=enforce_csrf_checks)
    token, _ = ApiToken.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def test_anonymous_request_gets_401_with_a_token_challenge():
    response = APIClient().get("/messages/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_with_session_authentication_first_the_same_request_gets_403():
    class SessionFirst(MessageViewSet):
        authentication_classes = [SessionAuthentication]  # no authenticate_header(), so no challenge

    response = SessionFirst.as_view({"get": "list"})(APIRequestFactory().get("/messages/"))
    assert response.status_code == 403
    assert "WWW-Authenticate" not in response


def test_token_endpoint_issues_one_token_per_user(users):
    client = APIClient()
    first = client.post("/token/", {"username": "alice", "password": "alice-pw"}, format="json")
    second = client.post("/token/", {"username": "alice", "password": "alice-pw"}, format="json")
    assert first.status_code == 200 and first.json() == second.json()
    assert client.post("/token/", {"username": "alice", "password": "x"}, format="json").status_code == 400
    client.credentials(HTTP_AUTHORIZATION=f"Token {first.json()['token']}")
    assert client.get("/messages/").status_code == 200


def test_basic_authentication_checks_the_password_on_every_request(users):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Basic " + base64.b64encode(b"bob:bob-pw").decode())
    assert client.get("/messages/").status_code == 200
    client.credentials(HTTP_AUTHORIZATION="Basic " + base64.b64encode(b"bob:nope").decode())
    assert client.get("/messages/").status_code == 401


def test_owner_comes_from_the_request_not_the_body(users):
    response = token_client(users["alice"]).post("/messages/", {"text": "hi", "owner": "bob"}, format="json")
    assert response.status_code == 201
    assert response.json()["owner"] == "alice"


# region object-permission
def test_object_permission_owner_other_user_and_staff(users):
    message = Message.objects.create(owner=users["alice"], text="alice's")
    url = f"/messages/{message.pk}/"

    assert APIClient().get(url).status_code == 401  # not authenticated
    assert token_client(users["bob"]).get(url).status_code == 200  # reading is open
    response = token_client(users["bob"]).patch(url, {"text": "bob was here"}, format="json")
    assert response.status_code == 403  # authenticated, but not the owner
    assert response.json() == {"detail": "Only the author of a message can change it."}
    response = token_client(users["alice"]).patch(url, {"text": "edited"}, format="json")
    assert response.status_code == 200
    assert token_client(users["carol"]).delete(url).status_code == 204  # staff
# endregion object-permission


def test_is_admin_user_means_is_staff(users):
    assert token_client(users["alice"]).get("/moderation/stats/").status_code == 403
    response = token_client(users["carol"]).get("/moderation/stats/")
    assert response.status_code == 200 and response.json() == {"messages": 0}


# region csrf
def test_session_authentication_enforces_csrf_for_logged_in_writes(users):
    browser = APIClient(enforce_csrf_checks=True)
    browser.login(username="alice", password="alice-pw")  # a session cookie, as a browser has
    assert browser.get("/messages/").status_code == 200  # safe methods need no token

    response = browser.post("/messages/", {"text": "hi"}, format="json")
    assert response.status_code == 403
    assert response.json() == {"detail": "CSRF Failed: CSRF cookie not set."}

    csrf = browser.get("/csrf/").cookies["csrftoken"].value  # Django's ensure_csrf_cookie view
    response = browser.post("/messages/", {"text": "hi"}, format="json", headers={"X-CSRFToken": csrf})
    assert response.status_code == 201


def test_token_authentication_skips_csrf(users):
    client = token_client(users["alice"], enforce_csrf_checks=True)
    assert client.post("/messages/", {"text": "hi"}, format="json").status_code == 201
# endregion csrf
