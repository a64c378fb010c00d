from collections.abc import Iterator
from datetime import datetime, timedelta
from smtplib import SMTPException

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, func, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from background_tasks.fastapi_app import db, mailer, worker
from background_tasks.fastapi_app.main import app
from background_tasks.fastapi_app.models import Base, SentEmail, Signup

celery_app = worker.celery_app


@pytest.fixture
def engine(tmp_path, monkeypatch) -> Iterator[Engine]:
    """One SQLite file, used by the API (async) and by the worker (sync)."""
    path = tmp_path / "test.sqlite3"
    sync_engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    Base.metadata.create_all(sync_engine)
    monkeypatch.setattr(worker, "engine", sync_engine)
    async_engine = create_async_engine(
        f"sqlite+aiosqlite:///{path}", poolclass=NullPool
    )
    factory = async_sessionmaker(async_engine, expire_on_commit=False)
    app.dependency_overrides[db.get_session_factory] = lambda: factory
    mailer.outbox.clear()
    yield sync_engine
    app.dependency_overrides.clear()


# region eager
@pytest.fixture
def eager() -> Iterator[None]:
    celery_app.conf.update(task_always_eager=True, task_eager_propagates=True)
    yield
    celery_app.conf.update(task_always_eager=False, task_eager_propagates=False)


# endregion eager


def add_signup(engine: Engine, email: str = "ada@example.com") -> int:
    with Session(engine) as session:
        signup = Signup(email=email)
        session.add(signup)
        session.commit()
        return signup.id


# region publish
def test_delay_publishes_a_message_and_runs_nothing(engine):
    with TestClient(app) as client:
        response = client.post("/queued-signups", json={"email": "ada@example.com"})
    assert response.status_code == 201
    assert mailer.outbox == []  # nothing runs until a worker takes the message

    with celery_app.connection_for_read() as connection:
        message = connection.SimpleQueue("celery").get(timeout=1)
        message.ack()
    assert message.headers["task"] == worker.send_welcome_email.name
    assert message.headers["argsrepr"] == repr((response.json()["id"],))


# endregion publish


def test_queued_signup_sends_the_email_through_the_task(engine, eager):
    with TestClient(app) as client:
        response = client.post("/queued-signups", json={"email": "ada@example.com"})
    assert response.status_code == 201
    assert [message["To"] for message in mailer.outbox] == ["ada@example.com"]


def test_duplicate_queued_signup_is_a_409_and_publishes_nothing(engine, eager):
    add_signup(engine)
    with TestClient(app) as client:
        response = client.post("/queued-signups", json={"email": "ada@example.com"})
    assert response.status_code == 409
    assert mailer.outbox == []


def test_task_options_are_the_ones_on_the_page():
    task = worker.send_welcome_email
    assert (task.max_retries, task.retry_backoff, task.autoretry_for) == (
        5,
        True,
        (SMTPException,),
    )
    assert celery_app.conf.task_acks_late is True
    assert celery_app.conf.task_reject_on_worker_lost is True


def test_a_killed_worker_puts_the_message_back_on_the_queue(when_the_worker_dies):
    assert when_the_worker_dies(worker.send_welcome_email) == ["requeued"]


def test_retrying_task_succeeds_on_the_third_attempt(engine, eager, monkeypatch):
    # eager mode runs retries only like this
    celery_app.conf.task_eager_propagates = False
    attempts: list[int] = []

    def flaky_deliver(message) -> None:
        attempts.append(len(attempts) + 1)
        if len(attempts) < 3:
            raise SMTPException("mail server busy")
        mailer.outbox.append(message)

    monkeypatch.setattr(mailer, "deliver", flaky_deliver)
    result = worker.send_welcome_email.delay(add_signup(engine))

    assert (result.status, result.get()) == ("SUCCESS", "sent")
    assert attempts == [1, 2, 3]
    assert len(mailer.outbox) == 1
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(SentEmail)) == 1


def test_running_the_task_twice_sends_once(engine, eager):
    signup_id = add_signup(engine)
    assert worker.send_welcome_email.delay(signup_id).get() == "sent"
    assert worker.send_welcome_email.delay(signup_id).get() == "already sent"
    assert worker.send_welcome_email.delay(999).get() == "signup gone"
    assert len(mailer.outbox) == 1


def test_beat_runs_the_purge_every_day_at_three():
    entry = celery_app.conf.beat_schedule["purge-unconfirmed-signups"]
    assert entry["task"] == worker.purge_unconfirmed_signups.name
    assert entry["task"] in celery_app.tasks
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({3}, {0})


def test_purge_deletes_only_old_unconfirmed_signups(engine, eager):
    stale, kept, fresh = (
        add_signup(engine, f"{name}@example.com") for name in ("stale", "kept", "fresh")
    )
    with Session(engine) as session:
        old = datetime.now() - timedelta(days=30)
        session.execute(
            update(Signup).where(Signup.id.in_([stale, kept])).values(created_at=old)
        )
        session.execute(update(Signup).where(Signup.id == kept).values(confirmed=True))
        session.commit()

    assert worker.purge_unconfirmed_signups.delay(days=7).get() == 1
    with Session(engine) as session:
        assert set(session.scalars(select(Signup.id))) == {kept, fresh}
