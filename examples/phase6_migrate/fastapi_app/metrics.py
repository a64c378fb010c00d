import time
from collections import Counter
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from phase6_migrate.fastapi_app.switches import Switches, endpoint_of


# region metrics
@dataclass
class RouteStats:
    # {"2xx": 950, "4xx": 48, "5xx": 2}
    statuses: Counter[str] = field(default_factory=Counter)
    durations: list[float] = field(default_factory=list)  # seconds, for percentiles


class RouteMetrics:
    """Counts responses by status class and records durations, per endpoint and per side."""

    def __init__(
        self, app: ASGIApp, stats: dict[tuple[str, str], RouteStats], switches: Switches
    ) -> None:
        self.app = app
        self.stats = stats
        self.switches = switches

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        endpoint = endpoint_of(scope) or "other"
        side = "fastapi" if self.switches.mode(endpoint) == "fastapi" else "django"
        # what the client gets if an exception escapes before a response starts
        status = 500
        started = time.perf_counter()
        finished: float | None = None  # when the last byte went to the client

        async def watch(message: Message) -> None:
            nonlocal status, finished
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)
            if message["type"] == "http.response.body" and not message.get(
                "more_body", False
            ):
                # a shadow call made after this is not the client's wait
                finished = time.perf_counter()

        try:
            await self.app(scope, receive, watch)
        finally:
            stats = self.stats.setdefault((endpoint, side), RouteStats())
            stats.statuses[f"{status // 100}xx"] += 1
            stats.durations.append((finished or time.perf_counter()) - started)


# endregion metrics
