import os
from datetime import UTC, datetime, timedelta
from smtplib import SMTPException

from celery import Celery
from celery.schedules import crontab
from sqlalchemy import create_engine, delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from background_tasks.fastapi_app import mailer
from background_tasks.fastapi_app.models import SentEmail, Signup

# region app
celery_app = Celery(
    "signups",
    # memory:// works inside one process only; production sets redis://... or amqp://...
    broker=os.environ.get("CELERY_BROKER_URL", "memory://"),
    backend=os.environ.get("CELERY_RESULT_BACKEND", "cache+memory://"),
)
celery_app.conf.update(
    task_acks_late=True,  # acknowledge after the run, not when the message arrives
    task_reject_on_worker_lost=True,  # and if the worker process is killed, requeue it
)

# The worker is a plain synchronous process, so it uses a synchronous engine.
engine = create_engine(
    os.environ.get("SYNC_DATABASE_URL", "sqlite:///./background_tasks.sqlite3")
)
# endregion app


# region welcome
@celery_app.task(
    autoretry_for=(SMTPException,),  # the same options as the Django project's task
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
)  # acks_late and reject_on_worker_lost: on for every task, in the app's configuration
def send_welcome_email(signup_id: int) -> str:
    with Session(engine) as session:
        signup = session.get(Signup, signup_id)
        if signup is None:
            return "signup gone"
        session.add(
            SentEmail(idempotency_key=f"welcome:{signup.id}", recipient=signup.email)
        )
        try:
            session.flush()  # the UNIQUE key is checked here
        except IntegrityError:
            return "already sent"
        # If sending raises, nothing is committed, so the retry can send.
        mailer.deliver(mailer.welcome_message(signup.email))
        session.commit()
    return "sent"


# endregion welcome


# region beat
celery_app.conf.beat_schedule = {
    "purge-unconfirmed-signups": {
        "task": "background_tasks.fastapi_app.worker.purge_unconfirmed_signups",
        "schedule": crontab(hour=3, minute=0),  # every day at 03:00 UTC
        "kwargs": {"days": 7},
    },
}


@celery_app.task
def purge_unconfirmed_signups(days: int = 7) -> int:
    # SQLite stores func.now() as naive UTC, so compare with a naive UTC cutoff.
    cutoff = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=days)
    with Session(engine) as session:
        result = session.execute(
            delete(Signup).where(
                Signup.confirmed.is_(False), Signup.created_at < cutoff
            )
        )
        session.commit()
    return result.rowcount


# endregion beat
