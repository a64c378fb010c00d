from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from phase4_side_by_side.tests import conftest as phase4
from phase6_migrate.fastapi_app.front import create_front
from phase6_migrate.fastapi_app.switches import Switches

# Closes the connections Django opens in the front's worker threads (see its docstring).
worker_thread_connections = phase4.worker_thread_connections

MESSAGE = {"role": "user", "content": "Same URL, either side", "session_id": "s-1"}


@pytest.fixture
def django_side(transactional_db, worker_thread_connections, settings) -> None:
    """Django with phase 4's URLconf; committed rows, so both sides and their threads see them."""
    settings.ROOT_URLCONF = "phase4_side_by_side.django_urls"


@pytest.fixture
def serve(django_side) -> Iterator[Callable[..., TestClient]]:
    """Starts the front with the given switches, as a deployment with that configuration would."""
    with ExitStack() as running:

        def start(
            endpoints: dict[str, str] | None = None,
            app: FastAPI | None = None,
            **options,
        ) -> TestClient:
            app = app or create_front(Switches(endpoints=endpoints or {}))
            return running.enter_context(TestClient(app, **options))

        yield start
