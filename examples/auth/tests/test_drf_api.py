import base64
import hashlib

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from rest_framework.authentication import BasicAuthentication, SessionAuthentication
from rest_framework.test import APIClient, APIRequestFactory

from auth.django_app.models import ApiToken, Message
from auth.drf_app.views import LoginRateThrottle, MessageViewSet
from exchanges import record

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("auth.drf_app.urls"),
    pytest.mark.usefixtures("fast_password_hasher"),
]


@pytest.fixture
def users() -> dict[str, User]:
    return {
        "alice": User.objects.create_user("alice", password="alice-pw"),
        "bob": User.objects.create_user("bob", password="bob-pw"),
        "carol": User.objects.create_user("carol", password="carol-pw", is_staff=True),
    }


def token_client(user: User, enforce_csrf_checks: bool = False) -> APIClient:
    client = APIClient(enforce_csrf_checks=enforce_csrf_checks)
    client.credentials(HTTP_AUTHORIZATION=f"Token {ApiToken.issue(user)}")
    return client


def basic(credentials: bytes) -> str:
    return "Basic " + base64.b64encode(credentials).decode()


def test_anonymous_request_gets_401_with_a_token_challenge():
    response = APIClient().get("/messages/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    record("auth/drf-missing-token", response)


def test_with_session_authentication_first_the_same_request_gets_403():
    class SessionFirst(MessageViewSet):
        # no authenticate_header(), so no challenge
        authentication_classes = [SessionAuthentication]

    response = SessionFirst.as_view({"get": "list"})(
        APIRequestFactory().get("/messages/")
    )
    assert response.status_code == 403
    assert "WWW-Authenticate" not in response


def test_token_endpoint_issues_a_new_token_and_revokes_the_last(users):
    client = APIClient()
    credentials = {"username": "alice", "password": "alice-pw"}
    first = client.post("/token/", credentials, format="json").json()["token"]
    second = client.post("/token/", credentials, format="json").json()["token"]
    assert first != second
    wrong = client.post("/token/", {**credentials, "password": "x"}, format="json")
    assert wrong.status_code == 400
    client.credentials(HTTP_AUTHORIZATION=f"Token {second}")
    assert client.get("/messages/").status_code == 200
    client.credentials(HTTP_AUTHORIZATION=f"Token {first}")
    assert client.get("/messages/").status_code == 401


def test_only_a_digest_of_the_token_is_stored(users):
    response = APIClient().post("/token/", {"username": "bob", "password": "bob-pw"})
    key = response.json()["token"]
    stored = ApiToken.objects.get(user=users["bob"])
    assert stored.digest == hashlib.sha256(key.encode()).hexdigest() != key
    assert not ApiToken.objects.filter(digest=key).exists()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {stored.digest}")  # a leaked row
    assert client.get("/messages/").status_code == 401


def test_an_inactive_users_token_is_refused(users):
    client = token_client(users["bob"])
    User.objects.filter(username="bob").update(is_active=False)
    response = client.get("/messages/")
    assert response.status_code == 401
    assert response.json() == {"detail": "User inactive or deleted."}


def test_login_attempts_are_throttled(users, monkeypatch):
    monkeypatch.setattr(LoginRateThrottle, "timer", staticmethod(lambda: 1_000_000.0))
    client = APIClient()
    for _ in range(5):
        response = client.post("/token/", {"username": "bob", "password": "guess"})
        assert response.status_code == 400
    right = {"username": "bob", "password": "bob-pw"}
    response = client.post("/token/", right, format="json")
    assert response.status_code == 429  # even the right password, for the next minute
    assert response["Retry-After"] == "60"  # the clock is stopped: the full minute
    record("auth/drf-throttled-login", response)


def test_without_num_proxies_a_forged_forwarded_for_escapes_the_throttle(
    users, settings
):
    def attempts(forwarded_for: list[str]) -> list[int]:
        client, form = APIClient(), {"username": "bob", "password": "guess"}
        responses = [
            client.post("/token/", form, HTTP_X_FORWARDED_FOR=ip)
            for ip in forwarded_for
        ]
        return [response.status_code for response in responses]

    forged = [f"203.0.113.{n}" for n in range(7)]  # a new "address" for each guess
    assert attempts(forged) == [400] * 7  # NUM_PROXIES unset: never throttled
    cache.clear()
    settings.REST_FRAMEWORK = {"NUM_PROXIES": 0}  # no proxy: only REMOTE_ADDR counts
    assert attempts(forged) == [400] * 5 + [429] * 2


def test_basic_credentials_are_not_accepted(users):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=basic(b"bob:bob-pw"))
    response = client.get("/messages/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_basic_authentication_is_exempt_from_csrf(users):
    # Why it is not enabled: a browser that has Basic credentials for the site re-sends
    # them by itself, on a forged cross-site form post too; DRF checks no CSRF token.
    class WithBasic(MessageViewSet):
        authentication_classes = [BasicAuthentication]

    factory = APIRequestFactory(enforce_csrf_checks=True)
    credentials = basic(b"bob:bob-pw")
    request = factory.post("/messages/", {"text": "hi"}, HTTP_AUTHORIZATION=credentials)
    response = WithBasic.as_view({"post": "create"})(request)
    assert response.status_code == 201


def test_owner_comes_from_the_request_not_the_body(users):
    response = token_client(users["alice"]).post(
        "/messages/", {"text": "hi", "owner": "bob"}, format="json"
    )
    assert response.status_code == 201
    assert response.json()["owner"] == "alice"


# region object-permission
def test_object_permission_owner_other_user_and_staff(users):
    message = Message.objects.create(owner=users["alice"], text="alice's")
    url = f"/messages/{message.pk}/"

    assert APIClient().get(url).status_code == 401  # not authenticated
    assert token_client(users["bob"]).get(url).status_code == 200  # reading is open
    response = token_client(users["bob"]).patch(
        url, {"text": "bob was here"}, format="json"
    )
    assert response.status_code == 403  # authenticated, but not the owner
    assert response.json() == {"detail": "Only the author of a message can change it."}
    record("auth/drf-not-the-owner", response)
    response = token_client(users["alice"]).patch(
        url, {"text": "edited"}, format="json"
    )
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
    # a session cookie, as a browser has
    browser.login(username="alice", password="alice-pw")
    assert browser.get("/messages/").status_code == 200  # safe methods need no token

    response = browser.post("/messages/", {"text": "hi"}, format="json")
    assert response.status_code == 403
    assert response.json() == {"detail": "CSRF Failed: CSRF cookie not set."}

    # Django's ensure_csrf_cookie view
    csrf = browser.get("/csrf/").cookies["csrftoken"].value
    response = browser.post(
        "/messages/", {"text": "hi"}, format="json", headers={"X-CSRFToken": csrf}
    )
    assert response.status_code == 201


def test_token_authentication_skips_csrf(users):
    client = token_client(users["alice"], enforce_csrf_checks=True)
    assert client.post("/messages/", {"text": "hi"}, format="json").status_code == 201


# endregion csrf
