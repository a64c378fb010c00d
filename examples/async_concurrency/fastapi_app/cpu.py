import asyncio

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from async_concurrency.primes import count_primes

router = APIRouter(prefix="/primes")


# region cpu
@router.get("/on-the-loop/{limit}")
async def primes_on_the_loop(limit: int) -> dict[str, int]:
    # CPU work inside async def: no other request runs meanwhile
    return count_primes(limit)


@router.get("/in-a-thread/{limit}")
async def primes_in_a_thread(limit: int) -> dict[str, int]:
    # The loop stays free to accept requests, but the GIL still runs one thread's Python
    # at a time.
    return await run_in_threadpool(count_primes, limit)


@router.get("/in-a-process/{limit}")
async def primes_in_a_process(limit: int, request: Request) -> dict[str, int]:
    # Another interpreter, another GIL: real parallelism on another core.
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(
        request.app.state.process_pool, count_primes, limit
    )


# endregion cpu
