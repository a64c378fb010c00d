import pytest
from httpx2 import ASGITransport, AsyncClient

from dependencies.fastapi_app.caching import app


@pytest.mark.asyncio
async def test_a_dependency_runs_once_per_request_unless_use_cache_is_false():
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        first = (await client.get("/tickets")).json()
        second = (await client.get("/tickets")).json()
    # The endpoint and audit_entry share one call; use_cache=False made a second one.
    assert first["audit"] == f"audit for ticket {first['ticket']}"
    assert first["fresh"] == first["ticket"] + 1
    # The cache lives for one request only: the next request calls next_ticket again.
    assert second["ticket"] == first["fresh"] + 1
