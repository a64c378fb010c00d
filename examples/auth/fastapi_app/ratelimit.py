"""A small login rate limit, as a dependency.

It counts in this process's memory: with several workers or machines, each counts on its
own, so use a shared store (Redis) or the reverse proxy's limits there.
"""

import math
import time
from collections import deque
from collections.abc import Callable

from fastapi import HTTPException, Request, status


# region limiter
class RateLimit:
    """At most `attempts` requests per client address in any `window` seconds."""

    def __init__(
        self, attempts: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.attempts, self.window, self.clock = attempts, window, clock
        self.hits: dict[str, deque[float]] = {}

    async def __call__(self, request: Request) -> None:
        # Behind a proxy: the proxy's address, unless Uvicorn trusts X-Forwarded-For.
        client = request.client.host if request.client else "unknown"
        now = self.clock()
        if len(self.hits) > 10_000:  # forget addresses quiet for a whole window
            quiet = now - self.window
            self.hits = {ip: hits for ip, hits in self.hits.items() if hits[-1] > quiet}
        hits = self.hits.setdefault(client, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.attempts:
            retry_after = str(math.ceil(hits[0] + self.window - now))
            raise HTTPException(
                status.HTTP_429_TOO_MANY_REQUESTS,
                "Too many login attempts",
                headers={"Retry-After": retry_after},
            )
        hits.append(now)


# Shared by /token and /browser/login: both check a password, which is slow on purpose.
login_rate_limit = RateLimit(attempts=5, window=60)
# endregion limiter
