"""The same Django code tested pytest-style, with pytest-django's markers and fixtures."""

from unittest import mock

import httpx2
import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from rest_framework.test import APIClient

from testing.django_app.models import Task
from testing.drf_app import webhooks

pytestmark = pytest.mark.urls("testing.drf_app.urls")


# region db
# this test runs inside a transaction that is rolled back, like TestCase
@pytest.mark.django_db
def test_the_marker_gives_database_access():
    Task.objects.create(owner=User.objects.create_user("ada"), title="x")
    assert Task.objects.count() == 1


def test_the_db_fixture_does_the_same(db):
    assert Task.objects.count() == 0  # whatever other tests wrote was rolled back


def test_without_either_the_database_is_locked():
    with pytest.raises(RuntimeError, match="Database access not allowed"):
        Task.objects.count()


# endregion db


@pytest.mark.django_db
def test_migrations_match_the_models():
    call_command("makemigrations", "testing", "--check", "--dry-run", verbosity=0)


@pytest.fixture
def api(db) -> APIClient:
    client = APIClient()
    client.force_authenticate(user=User.objects.create_user("ada"))
    return client


# region settings-fixture
def test_open_task_limit_with_the_settings_fixture(api, settings):
    settings.TASKS_MAX_OPEN = 1  # pytest-django restores the old value after the test
    assert api.post("/tasks/", {"title": "One"}, format="json").status_code == 201
    response = api.post("/tasks/", {"title": "Two"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"non_field_errors": ["You already have 1 open tasks."]}


# endregion settings-fixture


def test_on_commit_callbacks_never_run_in_a_rolled_back_test(api):
    with mock.patch.object(webhooks, "task_created") as task_created:
        assert (
            api.post("/tasks/", {"title": "Silent"}, format="json").status_code == 201
        )
    task_created.assert_not_called()  # the transaction was never committed


def test_django_capture_on_commit_callbacks_runs_them(
    api, django_capture_on_commit_callbacks
):
    with mock.patch.object(webhooks, "task_created") as task_created:
        with django_capture_on_commit_callbacks(execute=True):
            response = api.post("/tasks/", {"title": "Loud"}, format="json")
    task_created.assert_called_once_with(response.json()["id"])


# TransactionTestCase: real commits, tables emptied afterwards
@pytest.mark.django_db(transaction=True)
def test_transactional_db_commits_for_real():
    client = APIClient()
    client.force_authenticate(user=User.objects.create_user("ada"))
    with mock.patch.object(webhooks, "task_created") as task_created:
        response = client.post("/tasks/", {"title": "Committed"}, format="json")
    task_created.assert_called_once_with(response.json()["id"])


def test_webhook_client_posts_the_event():
    sent: list[httpx2.Request] = []

    def receiver(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(204)

    fake = httpx2.Client(
        base_url="https://hooks.test", transport=httpx2.MockTransport(receiver)
    )
    with mock.patch.object(webhooks, "client", fake):
        webhooks.task_created(7)
    assert (
        sent[0].method == "POST"
        and sent[0].content == b'{"event":"task.created","id":7}'
    )
