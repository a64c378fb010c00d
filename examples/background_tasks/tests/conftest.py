from collections.abc import Callable, Iterator
from unittest import mock

import pytest
from billiard.einfo import ExceptionInfo
from billiard.exceptions import WorkerLostError
from celery import Task
from celery.utils import uuid
from celery.worker.request import Request

from background_tasks.django_app.celery import app as django_celery_app


# region eager
@pytest.fixture
def django_celery() -> Iterator[None]:
    """Run the Django project's tasks in-process (eager), as its Celery app."""
    # A project's proj/__init__.py imports its Celery app, which makes @shared_task bind
    # to it.
    django_celery_app.set_current()
    django_celery_app.conf.update(task_always_eager=True, task_eager_propagates=True)
    yield
    django_celery_app.conf.update(task_always_eager=False, task_eager_propagates=False)


# endregion eager


@pytest.fixture
def when_the_worker_dies() -> Callable[[Task], list[str]]:
    """What the worker tells the broker when the process running `task` is killed."""

    def outcome(task: Task) -> list[str]:
        message = task.app.amqp.as_task_v2(uuid(), task.name, args=(1,), kwargs={})
        outcomes: list[str] = []
        request = Request(
            mock.Mock(),
            decoded=True,
            body=message.body,
            headers=message.headers,
            app=task.app,
            task=task,
            on_ack=lambda logger, errors: outcomes.append("acknowledged"),
            on_reject=lambda logger, errors, requeue: outcomes.append(
                "requeued" if requeue else "dropped"
            ),
        )
        with mock.patch.object(task.backend, "mark_as_failure"):
            try:  # what the pool reports when a child process exits on SIGKILL or OOM
                raise WorkerLostError("Worker exited prematurely: signal 9 (SIGKILL).")
            except WorkerLostError:
                request.on_failure(ExceptionInfo(), return_ok=False)
        return outcomes

    return outcome
