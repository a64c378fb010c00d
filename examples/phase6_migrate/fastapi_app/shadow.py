import json
import logging
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Scope, Send

logger = logging.getLogger(__name__)


@dataclass
class Captured:
    """A response kept in memory instead of being sent."""

    start: Message
    body: bytes

    @property
    def status(self) -> int:
        return self.start["status"]


# region capture
async def capture(app: ASGIApp, scope: Scope) -> Captured:
    """Run a request without a body (a GET) through an ASGI app and keep its response."""
    messages: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def keep(message: Message) -> None:
        messages.append(message)

    await app(dict(scope), receive, keep)  # a copy: routing writes into the scope
    return Captured(
        messages[0], b"".join(message.get("body", b"") for message in messages[1:])
    )


# endregion capture


# region compare
def differences(primary: Captured, candidate: Captured) -> list[str]:
    """What a client would notice if the candidate had answered instead of the primary."""
    if primary.status != candidate.status:
        return [f"status {primary.status} != {candidate.status}"]
    old, new = json.loads(primary.body or "null"), json.loads(candidate.body or "null")
    if old == new:
        return []
    if isinstance(old, dict) and isinstance(new, dict):
        changed = sorted(key for key in old | new if old.get(key) != new.get(key))
        return [f"{key}: {old.get(key)!r} != {new.get(key)!r}" for key in changed]
    return [f"body {old!r} != {new!r}"]


async def shadow_read(
    endpoint: str, scope: Scope, send: Send, primary: ASGIApp, candidate: ASGIApp
) -> None:
    """Answer from the primary, then ask the candidate the same question and log any difference."""
    answer = await capture(primary, scope)
    await send(answer.start)
    # the client is answered first
    await send({"type": "http.response.body", "body": answer.body})
    try:
        trial = await capture(candidate, scope)
    except Exception:
        # never the client's problem
        logger.exception("shadow %s failed on %s", endpoint, scope["path"])
        return
    for difference in differences(answer, trial):
        logger.warning(
            "shadow %s differs on %s: %s", endpoint, scope["path"], difference
        )


# endregion compare
