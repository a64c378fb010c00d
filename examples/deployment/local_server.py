"""Serve an ASGI app with uvicorn on a free loopback port, for as long as a test needs it."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import uvicorn


# region serve
@asynccontextmanager
async def serve(app: Any, **options: Any) -> AsyncIterator[str]:
    """Yields the base URL; any uvicorn.Config option (the CLI flags) can be passed through."""
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_config=None, log_level="warning", **options
    )
    server = uvicorn.Server(config)
    running = asyncio.create_task(server.serve())
    try:
        # bounded: a server that never starts fails the test
        async with asyncio.timeout(10):
            while not server.started:
                if running.done():
                    raise RuntimeError("uvicorn stopped during startup")
                await asyncio.sleep(0.01)
        # port=0: the OS chose one
        host, port = server.servers[0].sockets[0].getsockname()[:2]
        yield f"http://{host}:{port}"
    finally:
        # what SIGTERM does: finish in-flight requests, then stop
        server.should_exit = True
        await asyncio.wait_for(running, timeout=10)


# endregion serve
