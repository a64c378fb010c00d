import asyncio
from collections.abc import AsyncIterator

from django.http import HttpRequest, HttpResponseBadRequest, StreamingHttpResponse

from realtime.sse import SSE_HEADERS, format_event

# region sse
PROGRESS_INTERVAL = 0.5  # seconds between events; the tests set it to 0


async def job_events(
    request: HttpRequest, job_id: int
) -> StreamingHttpResponse | HttpResponseBadRequest:
    raw_id = request.headers.get("Last-Event-ID", "0")
    if not raw_id.isdigit():
        return HttpResponseBadRequest("Last-Event-ID must be a number")
    last_event_id = int(raw_id)

    async def progress() -> AsyncIterator[str]:
        for percent in (25, 50, 75, 100):
            if percent <= last_event_id:
                continue  # the browser reconnected and already has this one
            await asyncio.sleep(PROGRESS_INTERVAL)
            yield format_event(
                {"job": job_id, "percent": percent},
                event="progress",
                event_id=str(percent),
            )
        yield format_event({"job": job_id}, event="done")

    # An async iterator: under ASGI, Django streams it without holding a thread.
    return StreamingHttpResponse(
        progress(), content_type="text/event-stream", headers=SSE_HEADERS
    )


# endregion sse
