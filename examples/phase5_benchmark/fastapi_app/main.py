import asyncio
import time

from fastapi import FastAPI

from phase5_benchmark.overlap import OverlapTracker

app = FastAPI()
trackers = {name: OverlapTracker() for name in ("awaits", "thread", "blocks")}
UPSTREAM_DELAY = 0.05  # stands in for a 50 ms call to a database or another service


# region handlers
@app.get("/io/awaits")
async def awaits_the_upstream() -> dict[str, str]:
    with trackers["awaits"]:
        await asyncio.sleep(UPSTREAM_DELAY)  # yields the event loop while waiting
    return {"handler": "async def + await"}


@app.get("/io/thread")
def waits_in_a_thread() -> dict[str, str]:
    with trackers["thread"]:
        time.sleep(UPSTREAM_DELAY)  # plain def: FastAPI runs it in its thread pool
    return {"handler": "def"}


@app.get("/io/blocks")
async def blocks_the_loop() -> dict[str, str]:
    with trackers["blocks"]:
        # a blocking call inside async def: every request waits
        time.sleep(UPSTREAM_DELAY)  # noqa: ASYNC251 (on purpose: this is what not to do)
    return {"handler": "async def + blocking call"}


# endregion handlers
