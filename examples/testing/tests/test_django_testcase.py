"""Django's own test classes, run by pytest through pytest-django."""

import json
from unittest import mock

import httpx2
from django.contrib.auth.models import User
from django.test import override_settings
from rest_framework.test import APITestCase

from exchanges import record
from testing.django_app.models import Task
from testing.drf_app import webhooks


# region testcase
@override_settings(ROOT_URLCONF="testing.drf_app.urls")
class TaskApiTests(APITestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        # Runs once for the class, inside a transaction rolled back after the last test.
        cls.ada = User.objects.create_user("ada")
        cls.task = Task.objects.create(owner=cls.ada, title="Write tests")

    def setUp(self) -> None:
        self.client.force_authenticate(user=self.ada)

    # Each test runs in its own transaction (a savepoint), rolled back when it ends,
    # so whichever of these two runs first, the other still sees one task.
    def test_a_create_one_more(self) -> None:
        Task.objects.create(owner=self.ada, title="Another")
        self.assertEqual(Task.objects.count(), 2)

    def test_b_sees_only_the_class_data(self) -> None:
        self.assertEqual(Task.objects.count(), 1)
        self.assertEqual(str(Task.objects.get()), "Write tests")

    # endregion testcase

    # region force-authenticate
    def test_lists_only_the_users_tasks(self) -> None:
        bob = User.objects.create_user("bob")
        Task.objects.create(owner=bob, title="Bob's")
        response = self.client.get("/tasks/")  # as ada: see setUp()
        self.assertEqual(response.status_code, 200)
        self.assertEqual([task["title"] for task in response.json()], ["Write tests"])

    def test_anonymous_requests_are_refused(self) -> None:
        self.client.force_authenticate(user=None)  # undo setUp()
        response = self.client.get("/tasks/")
        self.assertEqual(response.status_code, 403)
        record("testing/drf-anonymous", response)

    # endregion force-authenticate

    def test_duplicate_title_is_a_400_from_the_unique_constraint(self) -> None:
        response = self.client.post("/tasks/", {"title": "Write tests"}, format="json")
        self.assertEqual(response.status_code, 400)
        error = "The fields owner, title must make a unique set."
        self.assertEqual(response.json(), {"non_field_errors": [error]})

    # region override-settings
    @override_settings(TASKS_MAX_OPEN=1)
    def test_open_task_limit_comes_from_settings(self) -> None:
        response = self.client.post("/tasks/", {"title": "One too many"}, format="json")
        self.assertEqual(response.status_code, 400)
        self.assertEqual(
            response.json(), {"non_field_errors": ["You already have 1 open tasks."]}
        )
        record("testing/drf-open-task-limit", response)

    # endregion override-settings

    # region on-commit
    def test_webhook_is_sent_after_commit(self) -> None:
        sent: list[httpx2.Request] = []

        def receiver(request: httpx2.Request) -> httpx2.Response:
            sent.append(request)
            return httpx2.Response(204)

        fake = httpx2.Client(
            base_url="https://hooks.test", transport=httpx2.MockTransport(receiver)
        )
        with mock.patch.object(webhooks, "client", fake):  # swap the module attribute
            # TestCase never commits, so on_commit callbacks would never run; this runs
            # them.
            with self.captureOnCommitCallbacks(execute=True) as callbacks:
                response = self.client.post(
                    "/tasks/", {"title": "Ship it"}, format="json"
                )
        self.assertEqual(response.status_code, 201)
        self.assertEqual(len(callbacks), 1)
        self.assertEqual(str(sent[0].url), "https://hooks.test/tasks")
        event = {"event": "task.created", "id": response.json()["id"]}
        self.assertEqual(json.loads(sent[0].content), event)

    # endregion on-commit

    # region async-client
    async def test_async_client_calls_the_same_view(self) -> None:
        # Django's AsyncClient: same API as Client, awaited; DRF's default session auth
        # applies.
        await self.async_client.aforce_login(self.ada)
        response = await self.async_client.get("/tasks/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()[0]["title"], "Write tests")

    # endregion async-client
