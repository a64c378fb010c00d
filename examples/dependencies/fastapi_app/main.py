from fastapi import Depends, FastAPI
from sqlalchemy import func, select

from dependencies.fastapi_app.db import SessionDep
from dependencies.fastapi_app.deps import verify_key
from dependencies.fastapi_app.models import Note
from dependencies.fastapi_app.notes import router

# region wiring
app = FastAPI(title="Dependencies example")
app.include_router(router)  # the router brings its verify_key dependency along


@app.get("/health")  # on the app, outside the router: no API key needed
async def health() -> dict[str, str]:
    return {"status": "ok"}


# A service that only other services call: every route needs the key, so declare it
# once.
internal_app = FastAPI(dependencies=[Depends(verify_key)])


@internal_app.get("/stats")
async def stats(session: SessionDep) -> dict[str, int]:
    return {"notes": await session.scalar(select(func.count()).select_from(Note)) or 0}


# endregion wiring
