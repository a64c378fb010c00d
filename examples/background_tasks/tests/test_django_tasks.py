from datetime import timedelta
from smtplib import SMTPException

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from background_tasks.django_app import tasks
from background_tasks.django_app.celery import app as django_celery_app
from background_tasks.django_app.models import SentEmail, Signup
from exchanges import record

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("django_celery")]


class Rollback(Exception):
    pass


def test_migrations_match_the_models():
    call_command(
        "makemigrations", "background_tasks", "--check", "--dry-run", verbosity=0
    )


@pytest.mark.urls("background_tasks.django_app.urls")
def test_django_view_enqueues_once_the_transaction_commits(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = Client().post("/signups/", {"email": "ada@example.com"})
    assert response.status_code == 201
    assert len(callbacks) == 1
    assert [message.to for message in mailoutbox] == [["ada@example.com"]]
    assert SentEmail.objects.get().idempotency_key == f"welcome:{response.json()['id']}"
    record("background_tasks/django-signup", response)


# region rollback
@pytest.mark.urls("background_tasks.django_app.urls")
def test_nothing_is_enqueued_when_the_transaction_rolls_back(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        # An outer transaction (ATOMIC_REQUESTS, a caller's atomic block) fails after
        # the view.
        with pytest.raises(Rollback), transaction.atomic():
            assert (
                Client().post("/signups/", {"email": "ada@example.com"}).status_code
                == 201
            )
            raise Rollback
    assert callbacks == []
    assert mailoutbox == []
    assert not Signup.objects.exists()


# endregion rollback


@pytest.mark.urls("background_tasks.django_app.urls")
def test_invalid_form_is_a_400_and_enqueues_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = Client().post("/signups/", {"email": "not-an-email"})
    assert response.status_code == 400
    assert "email" in response.json()["errors"]
    assert callbacks == []


@pytest.mark.urls("background_tasks.drf_app.urls")
def test_drf_view_uses_delay_on_commit(django_capture_on_commit_callbacks, mailoutbox):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = APIClient().post(
            "/signups/", {"email": "ada@example.com"}, format="json"
        )
    assert response.status_code == 201
    assert response.json() == {
        "id": Signup.objects.get().pk,
        "email": "ada@example.com",
    }
    assert len(callbacks) == 1
    assert len(mailoutbox) == 1
    record("background_tasks/drf-signup", response)


@pytest.mark.urls("background_tasks.drf_app.urls")
def test_drf_duplicate_is_a_400_and_enqueues_nothing(
    django_capture_on_commit_callbacks,
):
    Signup.objects.create(email="ada@example.com")
    with django_capture_on_commit_callbacks() as callbacks:
        response = APIClient().post(
            "/signups/", {"email": "ada@example.com"}, format="json"
        )
    assert response.status_code == 400
    assert callbacks == []
    record("background_tasks/drf-duplicate-signup", response)


def test_task_options_are_the_ones_on_the_page():
    task = tasks.send_welcome_email
    assert task.app is django_celery_app
    assert (task.max_retries, task.acks_late, task.retry_backoff) == (5, True, True)
    assert task.reject_on_worker_lost is True
    assert task.autoretry_for == (SMTPException,)


def test_a_killed_worker_puts_the_message_back_on_the_queue(when_the_worker_dies):
    assert when_the_worker_dies(tasks.send_welcome_email) == ["requeued"]


def flaky(real_send_mail, failures: int):
    """A send_mail that raises SMTPException `failures` times, then sends."""
    attempts: list[int] = []

    def send_mail(*args, **kwargs):
        attempts.append(len(attempts) + 1)
        if len(attempts) <= failures:
            raise SMTPException("mail server busy")
        return real_send_mail(*args, **kwargs)

    return send_mail, attempts


def test_retrying_task_succeeds_on_the_third_attempt(monkeypatch, mailoutbox):
    # eager mode runs retries only like this
    django_celery_app.conf.task_eager_propagates = False
    send_mail, attempts = flaky(tasks.send_mail, failures=2)
    monkeypatch.setattr(tasks, "send_mail", send_mail)
    signup = Signup.objects.create(email="ada@example.com")

    result = tasks.send_welcome_email.delay(signup.pk)

    assert (result.status, result.get()) == ("SUCCESS", "sent")
    assert attempts == [1, 2, 3]
    assert len(mailoutbox) == 1
    assert SentEmail.objects.count() == 1


def test_task_gives_up_after_max_retries_and_keeps_no_key(monkeypatch, mailoutbox):
    django_celery_app.conf.task_eager_propagates = False
    send_mail, attempts = flaky(tasks.send_mail, failures=100)
    monkeypatch.setattr(tasks, "send_mail", send_mail)
    signup = Signup.objects.create(email="ada@example.com")

    result = tasks.send_welcome_email.delay(signup.pk)

    assert result.status == "FAILURE"
    with pytest.raises(SMTPException):
        result.get()
    assert len(attempts) == 1 + 5  # the first run and max_retries=5 retries
    assert mailoutbox == []
    assert not SentEmail.objects.exists()  # each failed attempt rolled its key back


def test_running_the_task_twice_sends_once(mailoutbox):
    signup = Signup.objects.create(email="ada@example.com")
    assert tasks.send_welcome_email.delay(signup.pk).get() == "sent"
    assert tasks.send_welcome_email.delay(signup.pk).get() == "already sent"
    assert len(mailoutbox) == 1
    assert SentEmail.objects.count() == 1


def test_task_for_a_deleted_signup_does_nothing(mailoutbox):
    assert tasks.send_welcome_email.delay(999).get() == "signup gone"
    assert mailoutbox == []


def test_beat_runs_the_purge_every_day_at_three():
    entry = django_celery_app.conf.beat_schedule["purge-unconfirmed-signups"]
    assert entry["task"] == tasks.purge_unconfirmed_signups.name
    assert entry["task"] in django_celery_app.tasks
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({3}, {0})
    assert str(django_celery_app.timezone) == "UTC"


def test_purge_deletes_only_old_unconfirmed_signups():
    old = timezone.now() - timedelta(days=8)
    stale = Signup.objects.create(email="stale@example.com")
    kept = Signup.objects.create(email="kept@example.com", confirmed=True)
    fresh = Signup.objects.create(email="fresh@example.com")
    Signup.objects.filter(pk__in=[stale.pk, kept.pk]).update(created_at=old)

    assert tasks.purge_unconfirmed_signups.delay(days=7).get() == 1
    assert set(Signup.objects.values_list("email", flat=True)) == {
        kept.email,
        fresh.email,
    }
