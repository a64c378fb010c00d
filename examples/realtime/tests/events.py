"""Reading a text/event-stream body back into events, as a browser's EventSource would."""

import json
from typing import Any


def parse_events(body: str) -> list[dict[str, Any]]:
    events = []
    for block in body.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        fields["data"] = json.loads(fields["data"])
        events.append(fields)
    return events
