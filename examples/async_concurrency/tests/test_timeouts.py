import asyncio
import threading
import time

import httpx
import pytest
import uvicorn

from async_concurrency import upstreams
from async_concurrency.inflight import InFlight


@pytest.fixture
def profile_server():
    """The profile service under uvicorn on a free loopback port: real sockets, real timeouts."""
    config = uvicorn.Config(
        upstreams.profile_service,
        host="127.0.0.1",
        port=0,
        log_level="critical",
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):  # bounded wait for startup
        if server.started:
            break
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.asyncio
async def test_httpx_read_timeout_fires_over_a_real_connection(
    profile_server, monkeypatch
):
    # a service that never answers
    monkeypatch.setattr(upstreams, "UPSTREAM_SECONDS", 3600)
    async with httpx.AsyncClient(
        base_url=profile_server, timeout=upstreams.UPSTREAM_TIMEOUT
    ) as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.get("/profiles/7")


@pytest.mark.asyncio
async def test_the_in_process_transport_does_not_apply_httpx_timeouts(monkeypatch):
    monkeypatch.setattr(upstreams, "UPSTREAM_SECONDS", 0.2)
    async with upstreams.client_for(upstreams.profile_service) as client:
        client.timeout = httpx.Timeout(0.01)  # far shorter than the answer takes...
        response = await client.get("/profiles/7")
    # ...and still no ReadTimeout: only sockets enforce it
    assert response.status_code == 200


@pytest.mark.asyncio
async def test_a_cancelled_task_runs_its_finally_block():
    steps: list[str] = []

    async def call_upstream() -> None:
        try:
            steps.append("started")
            await asyncio.sleep(3600)
        finally:
            steps.append("cleaned up")  # runs when cancel() interrupts the await

    task = asyncio.create_task(call_upstream())
    await asyncio.sleep(0)  # let the task start
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert steps == ["started", "cleaned up"]


@pytest.mark.asyncio
async def test_inflight_counts_cancellations_like_a_finally_block():
    tracker = InFlight()

    async def tracked() -> None:
        with tracker:
            await asyncio.sleep(3600)

    tasks = [asyncio.create_task(tracked()) for _ in range(3)]
    await asyncio.sleep(0)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    assert (tracker.peak, tracker.current, tracker.cancelled) == (3, 0, 3)
