import json

import pytest
from django.contrib.auth.models import Permission, User
from django.core.management import call_command

from dependencies.django_app.models import Note
from exchanges import record

from .conftest import API_KEY

pytestmark = [pytest.mark.django_db, pytest.mark.urls("dependencies.django_app.urls")]


@pytest.fixture(autouse=True)
def api_key_middleware(settings, notes_api_key) -> None:
    # settings.py does not install the example middleware; these tests do, for their
    # duration.
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "dependencies.django_app.middleware.ApiKeyMiddleware",
    ]


@pytest.fixture
def ada() -> User:
    return User.objects.create_user("ada", password="pw-ada")


@pytest.fixture
def key_client(client):
    client.defaults["HTTP_X_API_KEY"] = API_KEY  # sent with every request
    return client


def test_migrations_match_the_models():
    call_command("makemigrations", "dependencies", "--check", "--dry-run", verbosity=0)


def test_middleware_rejects_a_missing_key_before_the_view(client, ada):
    client.force_login(ada)
    response = client.get("/api/me/")
    assert response.status_code == 403 and response.json() == {
        "detail": "Invalid API key"
    }
    record("dependencies/django-missing-key", response)


def test_login_required_redirects_anonymous_users(key_client, ada):
    response = key_client.get("/api/me/")
    assert response.status_code == 302  # to the login page: not a 401
    assert response["Location"].startswith("/accounts/login/")
    record("dependencies/django-login-redirect", response)


# region force-login
def test_force_login_gives_the_view_a_user(key_client, ada):
    # a session cookie, without the login view or a password check
    key_client.force_login(ada)
    assert key_client.get("/api/me/").json() == {"username": "ada"}
    key_client.logout()
    assert key_client.get("/api/me/").status_code == 302


# endregion force-login


def test_mixin_scopes_the_queryset_and_loads_the_user_once(
    key_client, ada, django_assert_num_queries
):
    bob = User.objects.create_user("bob")
    Note.objects.create(owner=ada, title="Ada's")
    Note.objects.create(owner=bob, title="Bob's")
    key_client.force_login(ada)
    # The session, the user (used by the mixin twice, loaded once), the notes.
    with django_assert_num_queries(3):
        response = key_client.get("/api/notes/")
    assert [note["title"] for note in response.json()["notes"]] == ["Ada's"]
    assert [str(note) for note in ada.notes.all()] == ["Ada's"]


def test_mixin_view_answers_403_to_anonymous_users(key_client, ada):
    assert key_client.get("/api/notes/").status_code == 403


def test_permission_required_guards_delete(key_client, ada):
    note = Note.objects.create(owner=ada, title="x")
    key_client.force_login(ada)
    assert key_client.post(f"/api/notes/{note.pk}/delete/").status_code == 403
    ada.user_permissions.add(Permission.objects.get(codename="delete_note"))
    assert key_client.post(f"/api/notes/{note.pk}/delete/").json() == {
        "deleted": note.pk
    }
    assert not Note.objects.exists()


def test_atomic_view_rolls_back_when_it_returns_an_error(key_client, ada):
    key_client.force_login(ada)
    body = json.dumps({"titles": ["a", "b", "a"]})
    response = key_client.post(
        "/api/notes/import/", body, content_type="application/json"
    )
    assert response.status_code == 409
    assert not Note.objects.exists()  # set_rollback(True) undid "a" and "b"
    body = json.dumps({"titles": ["a", "b"]})
    response = key_client.post(
        "/api/notes/import/", body, content_type="application/json"
    )
    assert response.status_code == 201 and Note.objects.count() == 2
