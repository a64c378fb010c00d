"""The claims behind the page's "What changed" table.

If one of them stops being true (Django ships a worker, FastAPI changes when background
tasks run), a test here fails and the table needs updating.
"""

from importlib.util import find_spec
from pathlib import Path
from smtplib import SMTPException

import django
import pytest
from django.db import transaction
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from background_tasks.django_app.models import Signup
from background_tasks.django_app.tasks import send_welcome_email
from background_tasks.fastapi_app import db, mailer
from background_tasks.fastapi_app.main import app
from background_tasks.fastapi_app.models import Base


class Rollback(Exception):
    pass


@pytest.mark.django_version("<6.0")
def test_django_5_2_ships_no_task_queue_and_django_q_is_a_separate_package():
    assert django.VERSION[:2] == (5, 2)
    assert find_spec("django.tasks") is None  # added in Django 6.0
    # django-q / django-q2 are installed separately
    assert find_spec("django_q") is None


@pytest.mark.django_version(">=6.0")
def test_django_6_ships_a_task_api_but_only_development_backends():
    import django.tasks.backends
    from django.conf import settings
    from django.tasks import task  # the API: @task, .enqueue(), TaskResult

    assert callable(task)
    backends = Path(django.tasks.backends.__file__).parent
    assert sorted(module.stem for module in backends.glob("*.py")) == [
        "__init__",
        "base",
        "dummy",  # stores tasks and never runs them
        "immediate",  # runs the task at once, in the calling process
    ]  # no worker and no production backend: those are third-party
    assert settings.TASKS["default"]["BACKEND"].endswith("ImmediateBackend")
    assert find_spec("django_q") is None  # django-q / django-q2: separate packages


def test_acks_late_alone_acknowledges_a_task_whose_worker_was_killed(
    when_the_worker_dies, monkeypatch
):
    monkeypatch.setattr(send_welcome_email, "reject_on_worker_lost", False)
    assert send_welcome_email.acks_late is True
    # Acknowledged: the broker deletes the message, and the email is never sent.
    assert when_the_worker_dies(send_welcome_email) == ["acknowledged"]


@pytest.mark.django_db
@pytest.mark.usefixtures("django_celery")
def test_enqueueing_inside_the_transaction_sends_for_a_row_that_never_existed(
    mailoutbox,
):
    with pytest.raises(Rollback), transaction.atomic():
        signup = Signup.objects.create(email="ada@example.com")
        send_welcome_email.delay(signup.pk)  # the pattern to avoid: no on_commit
        raise Rollback
    assert not Signup.objects.exists()
    # the welcome email went to someone who is not signed up
    assert len(mailoutbox) == 1


@pytest.mark.asyncio
async def test_a_failed_background_task_is_not_retried(tmp_path, monkeypatch):
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}")
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    factory = async_sessionmaker(engine, expire_on_commit=False)
    app.dependency_overrides[db.get_session_factory] = lambda: factory
    attempts: list[int] = []

    def broken_deliver(message) -> None:
        attempts.append(1)
        raise SMTPException("mail server down")

    monkeypatch.setattr(mailer, "deliver", broken_deliver)
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.post("/signups", json={"email": "ada@example.com"})
    app.dependency_overrides.clear()
    await engine.dispose()

    assert response.status_code == 201
    assert attempts == [1]  # one try, then the error is only in the server log
