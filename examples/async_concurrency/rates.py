"""A stand-in for an exchange-rate service's client library, in a sync and an async flavour."""

import asyncio
import time

from async_concurrency.inflight import InFlight

LOOKUP_SECONDS = 0.05  # the network round trip the real client would wait for
RATES = {"EUR": 1.0, "USD": 1.08, "GBP": 0.85}
lookups = InFlight()


# region clients
def fetch_rate_blocking(currency: str) -> float:
    """Like requests or boto3: the calling thread waits, doing nothing, until the answer comes."""
    with lookups:
        time.sleep(LOOKUP_SECONDS)
    return RATES[currency]


async def fetch_rate(currency: str) -> float:
    """Like httpx.AsyncClient: the wait is an await, so the event loop serves others meanwhile."""
    with lookups:
        await asyncio.sleep(LOOKUP_SECONDS)
    return RATES[currency]


# endregion clients
