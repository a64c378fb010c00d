"""Error rates and latency per endpoint and per side, counted at the front."""

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from capstone.fastapi_app.db import get_session
from phase6_migrate.fastapi_app.front import create_front
from phase6_migrate.fastapi_app.switches import Switches
from phase6_migrate.tests.conftest import MESSAGE


@pytest.fixture
def front():
    return create_front(Switches(endpoints={"read_message": "fastapi"}))


# region counts
def test_responses_are_counted_by_endpoint_side_and_status_class(serve, front):
    client = serve(app=front)
    created = client.post("/api/messages/", json=MESSAGE).json()
    client.get(f"/api/messages/{created['id']}/")
    client.get(f"/api/messages/{created['id']}/")
    client.get("/api/messages/9999/")
    client.get("/api/messages/")  # no session_id: a 400 from DRF
    client.get("/admin/login/")

    stats = front.state.route_stats
    assert stats[("read_message", "fastapi")].statuses == {"2xx": 2, "4xx": 1}
    assert stats[("create_message", "django")].statuses == {"2xx": 1}
    assert stats[("list_messages", "django")].statuses == {"4xx": 1}
    assert stats[("other", "django")].statuses == {"2xx": 1}
    # one duration per response
    assert len(stats[("read_message", "fastapi")].durations) == 3


# endregion counts


def test_a_crash_is_counted_as_a_5xx(serve, front):
    async def broken_session() -> AsyncIterator[AsyncSession]:
        raise RuntimeError("database unreachable")
        yield  # pragma: no cover - makes this a generator dependency

    front.dependency_overrides[get_session] = broken_session
    client = serve(app=front, raise_server_exceptions=False)
    assert client.get("/api/messages/1/").status_code == 500
    assert front.state.route_stats[("read_message", "fastapi")].statuses == {"5xx": 1}
