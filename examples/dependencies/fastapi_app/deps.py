import secrets
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Query, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import Select, select

from dependencies.fastapi_app.db import SessionDep
from dependencies.fastapi_app.models import Note, User


# region api-key
class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NOTES_")

    api_key: str  # from the NOTES_API_KEY environment variable


@lru_cache
def get_settings() -> Settings:
    return Settings()  # read the environment once per process, not once per request


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def verify_key(
    settings: SettingsDep, x_api_key: Annotated[str, Header()] = ""
) -> None:
    # x_api_key reads the X-API-Key header; a missing header is "" and fails below.
    if not secrets.compare_digest(x_api_key.encode(), settings.api_key.encode()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Invalid API key")


# endregion api-key


# region current-user
# parses "Authorization: Bearer ..."; we raise our own 401
bearer = HTTPBearer(auto_error=False)


async def get_current_user(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "Not authenticated", headers=challenge
        )
    user = await session.scalar(
        select(User).where(User.token == credentials.credentials)
    )
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "Invalid token", headers=challenge
        )
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
# endregion current-user


# region owned-notes
async def owned_notes(user: CurrentUser) -> Select[tuple[Note]]:
    """What DRF's get_queryset() returns: the caller's notes, not yet executed."""
    return select(Note).where(Note.owner_id == user.id).order_by(Note.id)


OwnedNotes = Annotated[Select[tuple[Note]], Depends(owned_notes)]
# endregion owned-notes


# region classes
class Pagination:
    """A class as a dependency: FastAPI calls it with the query parameters it declares."""

    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset

    def apply(self, query: Select[tuple[Note]]) -> Select[tuple[Note]]:
        return query.limit(self.limit).offset(self.offset)


# Depends() with no argument: call the annotated class
PageDep = Annotated[Pagination, Depends()]


class RequireRole:
    """A configured instance is the dependency: __call__ runs once per request."""

    def __init__(self, role: str) -> None:
        self.role = role

    async def __call__(self, user: CurrentUser) -> User:
        if user.role != self.role:
            raise HTTPException(
                status.HTTP_403_FORBIDDEN, f"Requires the {self.role} role"
            )
        return user


require_admin = RequireRole("admin")
# endregion classes
