"""Server-sent events framing, shared by the Django and the FastAPI views."""

import json
from typing import Any

# region format
# Proxies and browsers must not cache or buffer the stream (X-Accel-Buffering is nginx's
# switch).
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def format_event(
    data: Any, event: str | None = None, event_id: str | None = None
) -> str:
    """One event: optional `event:` and `id:` fields, a `data:` line, and a blank line to end it."""
    lines = []
    if event is not None:
        lines.append(f"event: {event}")
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.append(f"data: {json.dumps(data)}")
    return "\n".join(lines) + "\n\n"


# endregion format
