from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from async_concurrency.rates import fetch_rate, fetch_rate_blocking

router = APIRouter(prefix="/rates")


# region rates
@router.get("/blocking/{currency}")
async def rate_blocking(currency: str) -> dict[str, str | float]:
    # a sync client inside async def: the loop stops here
    rate = fetch_rate_blocking(currency)
    return {"currency": currency, "rate": rate}


@router.get("/offloaded/{currency}")
async def rate_offloaded(currency: str) -> dict[str, str | float]:
    # waits in a worker thread
    rate = await run_in_threadpool(fetch_rate_blocking, currency)
    return {"currency": currency, "rate": rate}


@router.get("/sync/{currency}")
def rate_sync(currency: str) -> dict[str, str | float]:
    # plain def: FastAPI runs it in the thread pool
    rate = fetch_rate_blocking(currency)
    return {"currency": currency, "rate": rate}


@router.get("/async/{currency}")
async def rate_async(currency: str) -> dict[str, str | float]:
    rate = await fetch_rate(currency)  # an async client: nothing blocks
    return {"currency": currency, "rate": rate}


# endregion rates
