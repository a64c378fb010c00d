from collections.abc import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from middleware.fastapi_app.middleware import RequestIdMiddleware

# region stack
app = FastAPI(
    title="Middleware example",
    # Listed outermost first, like Django's MIDDLEWARE. (Each add_middleware() call goes
    # on the outside.)
    middleware=[
        Middleware(RequestIdMiddleware),
        Middleware(
            CORSMiddleware,
            allow_origins=["https://app.example.com"],
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
            expose_headers=["X-Request-ID"],
            max_age=600,
        ),
        Middleware(
            TrustedHostMiddleware, allowed_hosts=["api.example.com", "*.example.org"]
        ),
        # bytes; smaller bodies are sent as they are
        Middleware(GZipMiddleware, minimum_size=500),
    ],
)
# endregion stack


# region endpoints
@app.get("/hello")
async def hello(request: Request) -> dict[str, str]:
    return {"request_id": request.state.request_id}  # set by RequestIdMiddleware


@app.get("/report")
async def report() -> dict[str, list[dict[str, int | str]]]:
    return {"rows": [{"id": n, "status": "ok"} for n in range(100)]}


@app.get("/stream")
async def stream() -> StreamingResponse:
    async def lines() -> AsyncIterator[str]:
        for n in range(3):
            yield f"line {n}\n"

    return StreamingResponse(lines(), media_type="text/plain")


@app.get("/boom")
async def boom() -> None:
    raise RuntimeError("something broke")


# endregion endpoints
