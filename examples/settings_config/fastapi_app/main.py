from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, status

from settings_config.fastapi_app.config import Settings


# region loading
@lru_cache
def get_settings() -> Settings:
    # Reads the environment once; later calls reuse the object.
    return Settings()


SettingsDep = Annotated[Settings, Depends(get_settings)]


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Validate before serving: bad configuration stops the start-up.
    get_settings()
    yield


app = FastAPI(title="Shop API", lifespan=lifespan)
# endregion loading


# region status
@app.get("/status")
async def read_status(settings: SettingsDep) -> dict[str, str | bool]:
    if settings.maintenance_mode:
        detail = "Down for maintenance."
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail)
    return {"app_name": settings.app_name, "debug": settings.debug}


# endregion status
