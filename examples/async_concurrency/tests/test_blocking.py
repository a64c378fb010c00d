"""How many rate lookups are in flight at once when eight requests arrive together.

Peaks, not timings: a peak of 1 means the requests were served one after another, whatever
the speed of the machine running the tests.
"""

import asyncio
import threading

import anyio.to_thread
import pytest
from asgiref.sync import sync_to_async
from django.core.asgi import get_asgi_application
from httpx2 import ASGITransport, AsyncClient

from async_concurrency import rates
from async_concurrency.fastapi_app.main import app

AT_ONCE = 8


async def send_together(asgi_app, path: str) -> list[dict]:
    async with AsyncClient(
        transport=ASGITransport(app=asgi_app), base_url="http://testserver"
    ) as client:
        responses = await asyncio.gather(*(client.get(path) for _ in range(AT_ONCE)))
    assert {response.status_code for response in responses} == {200}
    return [response.json() for response in responses]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("path", "expected_peak"),
    [
        # the sync client holds the event loop: one at a time
        ("/rates/blocking/USD", 1),
        # run_in_threadpool: each waits in its own thread
        ("/rates/offloaded/USD", AT_ONCE),
        ("/rates/sync/USD", AT_ONCE),  # plain def: the thread pool again
        ("/rates/async/USD", AT_ONCE),  # await: all wait together on the loop
    ],
)
async def test_fastapi_serialises_requests_only_when_async_def_blocks(
    path, expected_peak
):
    bodies = await send_together(app, path)
    assert bodies[0] == {"currency": "USD", "rate": 1.08}
    assert rates.lookups.peak == expected_peak
    assert rates.lookups.current == 0


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("path", "expected_peak"),
    [
        ("/rates/blocking/GBP/", 1),
        ("/rates/offloaded/GBP/", AT_ONCE),  # each ASGI request has its own sync thread
        ("/rates/sync/GBP/", AT_ONCE),
        ("/rates/async/GBP/", AT_ONCE),
    ],
)
async def test_django_under_asgi_behaves_the_same(settings, path, expected_peak):
    settings.ROOT_URLCONF = "async_concurrency.django_app.urls"
    bodies = await send_together(get_asgi_application(), path)
    assert bodies[0] == {"currency": "GBP", "rate": 0.85}
    assert rates.lookups.peak == expected_peak


@pytest.mark.asyncio
async def test_the_thread_pool_has_a_size_and_def_endpoints_queue_for_it():
    limiter = anyio.to_thread.current_default_thread_limiter()
    # AnyIO's default: at most 40 sync endpoints at once
    assert limiter.total_tokens == 40
    # this loop only: the limiter belongs to the running event loop
    limiter.total_tokens = 2
    await send_together(app, "/rates/sync/EUR")
    assert rates.lookups.peak == 2


@pytest.mark.asyncio
async def test_thread_sensitive_false_lets_one_request_run_lookups_in_parallel(
    settings,
):
    settings.ROOT_URLCONF = "async_concurrency.django_app.urls"
    async with AsyncClient(
        transport=ASGITransport(app=get_asgi_application()),
        base_url="http://testserver",
    ) as client:
        response = await client.get("/rates/")
    assert response.json() == {"EUR": 1.0, "USD": 1.08, "GBP": 0.85}
    assert rates.lookups.peak == len(rates.RATES)


@pytest.mark.asyncio
async def test_thread_sensitive_true_runs_them_one_after_another():
    # thread_sensitive=True is the default
    lookup = sync_to_async(rates.fetch_rate_blocking)
    assert await asyncio.gather(*(lookup(currency) for currency in rates.RATES)) == [
        1.0,
        1.08,
        0.85,
    ]
    assert rates.lookups.peak == 1


@pytest.mark.asyncio
async def test_asyncio_to_thread_uses_another_pool_than_run_in_threadpool():
    limiter = anyio.to_thread.current_default_thread_limiter()
    limiter.total_tokens = 2  # caps run_in_threadpool and def endpoints on this loop...
    # A barrier rather than a peak: four threads must wait here together, however slowly
    # a loaded machine starts them; with only two threads it breaks after its timeout.
    four_at_once = threading.Barrier(4, timeout=10)

    def lookup() -> float:
        four_at_once.wait()
        return rates.fetch_rate_blocking("EUR")

    # ...but not the loop's default executor, which asyncio.to_thread uses
    lookups = (asyncio.to_thread(lookup) for _ in range(4))
    assert await asyncio.gather(*lookups) == [1.0] * 4
