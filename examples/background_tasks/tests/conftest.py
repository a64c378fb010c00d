from collections.abc import Iterator

import pytest

from background_tasks.django_app.celery import app as django_celery_app


# region eager
@pytest.fixture
def django_celery() -> Iterator[None]:
    """Run the Django project's tasks in-process (eager), as its Celery app."""
    # A project's proj/__init__.py imports its Celery app, which makes @shared_task bind to it.
    django_celery_app.set_current()
    django_celery_app.conf.update(task_always_eager=True, task_eager_propagates=True)
    yield
    django_celery_app.conf.update(task_always_eager=False, task_eager_propagates=False)
# endregion eager
