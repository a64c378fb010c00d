"""The framework-neutral half of the request-id middleware, used by both versions."""

import re
import time
import uuid

# region request-ids
REQUEST_ID_HEADER = "X-Request-ID"
# Reuse an id from the caller (a proxy, another service) only if it looks like one.
ACCEPTABLE_ID = re.compile(r"[A-Za-z0-9._-]{8,128}")


def incoming_or_new_id(incoming: str | None) -> str:
    if incoming and ACCEPTABLE_ID.fullmatch(incoming):
        return incoming
    return uuid.uuid4().hex  # anything else (missing, too long, CR/LF) is replaced


def server_timing(started: float) -> str:
    """A Server-Timing value such as 'app;dur=12.3' (milliseconds), shown by browser dev tools."""
    return f"app;dur={(time.perf_counter() - started) * 1000:.1f}"


# endregion request-ids
