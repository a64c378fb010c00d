import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response, status
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from deployment.fastapi_app.db import EngineDep, engine

router = APIRouter()


# region health
READINESS_TIMEOUT = 2.0  # seconds; a probe that hangs is worse than one that fails


@router.get("/healthz")
async def liveness() -> dict[str, str]:
    """The process is up and its event loop answers. No dependencies: a database outage must
    not make the orchestrator restart every replica."""
    return {"status": "ok"}


@router.get("/readyz")
async def readiness(engine: EngineDep, response: Response) -> dict[str, str]:
    """Send traffic here only if the database answers."""
    try:
        async with asyncio.timeout(READINESS_TIMEOUT), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, TimeoutError):
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return {"status": "unavailable", "database": "unreachable"}
    return {"status": "ok", "database": "ok"}


# endregion health


# region item
@router.get("/items/{item_id}", name="read_item")
async def read_item(item_id: int, request: Request) -> dict[str, Any]:
    """What the app believes about the request; the server's proxy settings decide it."""
    return {
        "id": item_id,
        "url": str(request.url_for("read_item", item_id=item_id)),
        "secure": request.url.scheme == "https",
        "client": request.client.host if request.client else None,
    }


# endregion item


# region app
@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    await engine.dispose()  # close pooled connections when the server stops the worker


def create_app() -> FastAPI:
    # No root_path here: behind a proxy that strips a prefix ("/shop" for
    # https://example.com/shop/), the server passes it on: `uvicorn --root-path /shop`.
    app = FastAPI(title="Deployment example", lifespan=lifespan)
    app.include_router(router)
    return app


app = create_app()
# endregion app
