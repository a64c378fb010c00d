"""Two small services the dashboards call. In production they would be other hosts; here the
clients reach them in-process through httpx.ASGITransport, so the tests need no network."""

import asyncio

import httpx
from fastapi import FastAPI

from async_concurrency.inflight import InFlight

UPSTREAM_SECONDS = 0.05
# httpx's default is 5 s for every phase; say what this caller can afford instead.
UPSTREAM_TIMEOUT = httpx.Timeout(1.0, connect=0.5)
# shared by both services: the peak says whether they were called together
calls = InFlight()

profile_service = FastAPI()
order_service = FastAPI()


# region services
@profile_service.get("/profiles/{user_id}")
async def read_profile(user_id: int) -> dict[str, int | str]:
    with calls:
        await asyncio.sleep(UPSTREAM_SECONDS)
    return {"id": user_id, "name": f"User {user_id}"}


@order_service.get("/orders")
async def list_orders(user_id: int) -> list[dict[str, int]]:
    with calls:
        await asyncio.sleep(UPSTREAM_SECONDS)
    return [{"id": 1, "user_id": user_id}, {"id": 2, "user_id": user_id}]


def client_for(service: FastAPI) -> httpx.AsyncClient:
    # A real service would be base_url="https://profiles.internal" with no transport
    # argument.
    transport = httpx.ASGITransport(app=service)
    return httpx.AsyncClient(
        transport=transport, base_url="http://upstream", timeout=UPSTREAM_TIMEOUT
    )


# endregion services
