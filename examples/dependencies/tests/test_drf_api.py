import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient

from dependencies.django_app.models import AccessToken, Note
from exchanges import record

from .conftest import API_KEY

pytestmark = [pytest.mark.django_db, pytest.mark.urls("dependencies.drf_app.urls")]


@pytest.fixture
def ada(notes_api_key) -> User:
    user = User.objects.create_user("ada")
    AccessToken.objects.create(user=user, key="token-ada")
    return user


@pytest.fixture
def api() -> APIClient:
    client = APIClient()
    client.credentials(HTTP_X_API_KEY=API_KEY, HTTP_AUTHORIZATION="Bearer token-ada")
    return client


def test_no_credentials_at_all_is_a_401(ada):
    response = APIClient().get("/api/notes/")
    # DRF reports "not authenticated" before "no API key"
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    record("dependencies/drf-no-credentials", response)


def test_a_user_without_the_key_is_a_403(ada):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer token-ada")
    response = client.get("/api/notes/")
    assert response.status_code == 403 and response.json() == {
        "detail": "Invalid API key"
    }
    record("dependencies/drf-missing-key", response)


def test_unknown_token_is_a_401(ada):
    client = APIClient()
    client.credentials(HTTP_X_API_KEY=API_KEY, HTTP_AUTHORIZATION="Bearer nope")
    assert client.get("/api/notes/").json() == {"detail": "Invalid token"}


def test_get_queryset_and_perform_create_scope_notes_to_the_user(api, ada):
    bob = User.objects.create_user("bob")
    bobs = Note.objects.create(owner=bob, title="Bob's")
    response = api.post("/api/notes/", {"title": "Ada's"}, format="json")
    assert response.status_code == 201
    assert Note.objects.get(pk=response.json()["id"]).owner == ada
    assert [note["title"] for note in api.get("/api/notes/").json()] == ["Ada's"]
    assert api.get(f"/api/notes/{bobs.pk}/").status_code == 404


def test_serializer_context_carries_the_users_notes(api, ada):
    assert api.post("/api/notes/", {"title": "Todo"}, format="json").status_code == 201
    response = api.post("/api/notes/", {"title": "Todo"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"title": ["You already have a note with this title."]}


def test_limit_offset_pagination(api, ada):
    for title in ["one", "two", "three"]:
        Note.objects.create(owner=ada, title=title)
    body = api.get("/api/notes/", {"limit": 1, "offset": 1}).json()
    assert body["count"] == 3 and [note["title"] for note in body["results"]] == ["two"]


def test_destroy_also_needs_is_staff(api, ada):
    note = Note.objects.create(owner=ada, title="x")
    assert api.delete(f"/api/notes/{note.pk}/").status_code == 403
    ada.is_staff = True
    ada.save()
    assert api.delete(f"/api/notes/{note.pk}/").status_code == 204


def test_request_user_is_authenticated_once_per_request(
    api, ada, django_assert_num_queries
):
    # The token lookup (with its user, via select_related), then the notes.
    with django_assert_num_queries(2):
        api.get("/api/notes/")


# region force-authenticate
def test_force_authenticate_skips_the_authentication_classes(notes_api_key):
    user = User.objects.create_user("stub")
    client = APIClient()
    # no token needed: request.user is set directly
    client.force_authenticate(user=user)
    client.credentials(HTTP_X_API_KEY=API_KEY)  # the permission classes still run
    assert client.get("/api/notes/").status_code == 200
    client.credentials()  # drop the key
    assert client.get("/api/notes/").status_code == 403


# endregion force-authenticate
