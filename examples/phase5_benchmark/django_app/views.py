import asyncio
import time

from django.http import HttpRequest, JsonResponse

from phase5_benchmark.overlap import OverlapTracker

trackers = {
    name: OverlapTracker()
    for name in ("async_view", "sync_view", "blocking_async_view")
}
UPSTREAM_DELAY = 0.05


# region views
async def async_view(request: HttpRequest) -> JsonResponse:
    with trackers["async_view"]:
        await asyncio.sleep(UPSTREAM_DELAY)
    return JsonResponse({"handler": "async view"})


def sync_view(request: HttpRequest) -> JsonResponse:
    # Under ASGI each request gets its own thread-sensitive context, so sync views run
    # in parallel threads: they overlap, at the cost of one thread per waiting request.
    with trackers["sync_view"]:
        time.sleep(UPSTREAM_DELAY)
    return JsonResponse({"handler": "sync view"})


async def blocking_async_view(request: HttpRequest) -> JsonResponse:
    with trackers["blocking_async_view"]:
        # the same mistake as in FastAPI: it holds the event loop
        time.sleep(UPSTREAM_DELAY)  # noqa: ASYNC251 (on purpose: this is what not to do)
    return JsonResponse({"handler": "async view + blocking call"})


# endregion views
