import os
from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

# region engine
# Read from the environment, so one image runs in every environment (see the settings
# page).
DATABASE_URL = os.environ.get(
    "DATABASE_URL", "sqlite+aiosqlite:///./deployment.sqlite3"
)

# pool_pre_ping: a connection the database dropped (failover, idle timeout) is replaced,
# not used.
engine = create_async_engine(DATABASE_URL, pool_pre_ping=True)


def get_engine() -> AsyncEngine:
    return engine


EngineDep = Annotated[AsyncEngine, Depends(get_engine)]
# endregion engine
