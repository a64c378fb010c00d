"""How many requests overlap inside each kind of handler, with 8 sent at once.

No timing thresholds: the trackers count overlapping requests, which does not depend on how
fast or loaded the machine is.
"""

import asyncio

import pytest
from httpx2 import ASGITransport, AsyncClient

from phase5_benchmark.django_app import views as django_views
from phase5_benchmark.fastapi_app import main as fastapi_main
from phase5_benchmark.overlap import OverlapTracker

CONCURRENT = 8


async def send_at_once(app, path: str) -> None:
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://testserver"
    ) as client:
        responses = await asyncio.gather(*(client.get(path) for _ in range(CONCURRENT)))
    assert all(response.status_code == 200 for response in responses)


@pytest.fixture(autouse=True)
def fresh_trackers():
    for trackers in (fastapi_main.trackers, django_views.trackers):
        for name in trackers:
            trackers[name] = OverlapTracker()


def test_tracker_counts_nesting():
    tracker = OverlapTracker()
    with tracker:
        with tracker:
            assert tracker.current == 2
    assert (tracker.current, tracker.peak) == (0, 2)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("path", "tracker", "expected_peak"),
    [
        # all eight wait together on the event loop
        ("/io/awaits", "awaits", CONCURRENT),
        # all eight wait together in the thread pool
        ("/io/thread", "thread", CONCURRENT),
        ("/io/blocks", "blocks", 1),  # one at a time: the blocking call holds the loop
    ],
)
async def test_fastapi_handlers_overlap_unless_they_block(path, tracker, expected_peak):
    await send_at_once(fastapi_main.app, path)
    assert fastapi_main.trackers[tracker].peak == expected_peak


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("path", "tracker", "expected_peak"),
    [
        ("/io/async/", "async_view", CONCURRENT),
        ("/io/sync/", "sync_view", CONCURRENT),  # one thread per request under ASGI
        ("/io/blocking/", "blocking_async_view", 1),
    ],
)
async def test_django_under_asgi_overlaps_unless_an_async_view_blocks(
    settings, path, tracker, expected_peak
):
    settings.ROOT_URLCONF = "phase5_benchmark.django_app.urls"
    from django.core.asgi import get_asgi_application

    await send_at_once(get_asgi_application(), path)
    assert django_views.trackers[tracker].peak == expected_peak
