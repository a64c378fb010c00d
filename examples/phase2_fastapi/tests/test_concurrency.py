import threading

import pytest
from httpx2 import ASGITransport, AsyncClient

from phase2_fastapi.fastapi_app.concurrency import app


# region threads
@pytest.mark.asyncio
async def test_async_def_runs_on_the_event_loop_thread_and_def_in_a_worker():
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        on_loop = (await client.get("/where/async")).json()["thread"]
        in_worker = (await client.get("/where/sync")).json()["thread"]
    # the test's own event loop thread
    assert on_loop == threading.current_thread().name
    assert in_worker != on_loop
    assert in_worker.startswith("AnyIO worker thread")


# endregion threads
