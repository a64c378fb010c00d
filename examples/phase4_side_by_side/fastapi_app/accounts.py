from importlib import import_module
from typing import Annotated

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib.auth import get_user
from django.db import close_old_connections
from django.http import HttpRequest
from fastapi import APIRouter, Cookie, Depends, HTTPException, status
from pydantic import BaseModel

router = APIRouter(prefix="/api/v2", tags=["accounts"])


class Account(BaseModel):
    """What FastAPI code gets: plain data, not a Django model that could query lazily."""

    id: int
    username: str
    is_staff: bool


# region session
def account_from_session(session_key: str) -> Account | None:
    """Django's own session check. Synchronous: it reads the session and user tables."""
    close_old_connections()  # no Django request cycle here to retire stale connections
    request = HttpRequest()
    request.session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    # also refuses inactive users and sessions older than a password change
    user = get_user(request)
    if not user.is_authenticated:
        return None
    return Account(id=user.pk, username=user.get_username(), is_staff=user.is_staff)


async def current_account(sessionid: Annotated[str | None, Cookie()] = None) -> Account:
    if sessionid is not None:
        # Sync ORM: off the loop, in any pool thread (not one thread for every request).
        check = sync_to_async(account_from_session, thread_sensitive=False)
        account = await check(sessionid)
        if account is not None:
            return account
    raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Log in through Django first.")


CurrentAccount = Annotated[Account, Depends(current_account)]
# endregion session


# region me
@router.get("/me")
async def me(account: CurrentAccount) -> Account:
    return account


# endregion me
