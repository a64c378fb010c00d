import base64

import pytest
from rest_framework.authentication import BasicAuthentication, SessionAuthentication
from rest_framework.test import APIRequestFactory

from capstone.django_app.models import ChatMessage
from exchanges import record
from phase1_drf.drf_app.views import ModeratedMessageViewSet

pytestmark = [pytest.mark.django_db, pytest.mark.urls("phase1_drf.drf_app.urls")]
V2 = "/api/v2/messages/"


# region permissions
def test_anonymous_requests_get_401_and_a_challenge(client, session):
    response = client.get(f"{V2}?session_id=s-1")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Basic realm="api"'
    assert response.json() == {
        "detail": "Authentication credentials were not provided."
    }
    record("phase1_drf/drf-anonymous-401", response)


def test_a_member_may_create_but_not_delete(client, member, session):
    # skips the credentials, keeps the permission checks
    client.force_authenticate(member)
    message = {"role": "user", "content": "Hi", "session_id": "s-1"}
    created = client.post(V2, message, format="json")
    assert created.status_code == 201
    response = client.delete(f"{V2}{created.json()['id']}/")
    assert response.status_code == 403
    assert response.json() == {"detail": "Only staff members can delete messages."}
    assert ChatMessage.objects.filter(id=created.json()["id"]).exists()


def test_staff_may_delete(client, staff, session):
    client.force_authenticate(staff)
    assert client.delete(f"{V2}{session[0].id}/").status_code == 204


def test_the_old_endpoint_is_still_open(client, session):
    # v1 is unchanged
    assert client.get("/api/messages/?session_id=s-1").status_code == 200


# endregion permissions


@pytest.fixture
def fast_hashing(settings):
    # A deliberately slow password hash is the point in production; tests do not need
    # it.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


# region credentials
def test_real_credentials_are_checked(client, django_user_model, fast_hashing, session):
    django_user_model.objects.create_user("ada", password="correct horse")
    client.credentials(HTTP_AUTHORIZATION=basic("ada", "correct horse"))
    assert client.get(f"{V2}?session_id=s-1").status_code == 200
    client.credentials(HTTP_AUTHORIZATION=basic("ada", "wrong"))
    response = client.get(f"{V2}?session_id=s-1")
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid username/password."}


def test_with_session_authentication_first_anonymous_gets_403():
    # SessionAuthentication sends no WWW-Authenticate challenge, so DRF cannot answer
    # 401.
    view = ModeratedMessageViewSet.as_view(
        {"get": "list"},
        authentication_classes=[SessionAuthentication, BasicAuthentication],
    )
    response = view(APIRequestFactory().get(f"{V2}?session_id=s-1"))
    assert response.status_code == 403
    assert "WWW-Authenticate" not in response


# endregion credentials
