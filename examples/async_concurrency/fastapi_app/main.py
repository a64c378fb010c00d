import multiprocessing
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager

from fastapi import FastAPI

from async_concurrency.fastapi_app import accounts, cpu, dashboard, mistakes, rates
from async_concurrency.upstreams import client_for, order_service, profile_service


# region app
@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Opened once per worker process, shared by every request, closed on shutdown.
    # a fresh interpreter: safe in a threaded process
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as process_pool:
        async with (
            client_for(profile_service) as profiles,
            client_for(order_service) as orders,
        ):
            app.state.profiles, app.state.orders = profiles, orders
            app.state.process_pool = process_pool
            yield


# served with: uvicorn async_concurrency.fastapi_app.main:app
app = FastAPI(lifespan=lifespan)
app.include_router(rates.router)
app.include_router(dashboard.router)
app.include_router(accounts.router)
app.include_router(cpu.router)
app.include_router(mistakes.router)
# endregion app
