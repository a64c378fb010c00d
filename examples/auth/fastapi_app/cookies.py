"""A browser login with a cookie, which brings CSRF back: FastAPI has no CsrfViewMiddleware."""

import secrets
from datetime import timedelta
from typing import Annotated

import jwt
from fastapi import (
    APIRouter,
    Cookie,
    Depends,
    Header,
    HTTPException,
    Request,
    Response,
    status,
)
from fastapi.security import OAuth2PasswordRequestForm

from auth.fastapi_app.db import SessionDep
from auth.fastapi_app.models import Message, User
from auth.fastapi_app.ratelimit import login_rate_limit
from auth.fastapi_app.schemas import MessageIn, MessageOut
from auth.fastapi_app.security import SCOPES, authenticate
from auth.fastapi_app.tokens import BROWSER_SESSION, create_token, decode_token

router = APIRouter(prefix="/browser")
SESSION_TTL = timedelta(hours=8)
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
TRUSTED_ORIGINS = {"https://app.example.com"}  # Django's CSRF_TRUSTED_ORIGINS


# region login
async def same_origin(origin: Annotated[str | None, Header()] = None) -> None:
    # Login CSRF: a cross-site form could log the victim in to the attacker's account.
    # Browsers send Origin with every cross-origin POST; most other clients send none.
    if origin is not None and origin not in TRUSTED_ORIGINS:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Cross-site login refused")


@router.post(
    "/login",
    status_code=status.HTTP_204_NO_CONTENT,
    dependencies=[Depends(same_origin), Depends(login_rate_limit)],
)
async def browser_login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    response: Response,
) -> None:
    user = await authenticate(session, form.username, form.password)
    if user is None:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, "Incorrect username or password"
        )
    csrf = secrets.token_urlsafe(32)
    # Its own kind of token, so it is refused as a bearer token (and the reverse).
    # The CSRF token travels inside it: a planted cookie cannot match a forged header.
    token = create_token(
        str(user.id), SCOPES, kind=BROWSER_SESSION, ttl=SESSION_TTL, csrf=csrf
    )
    max_age = int(SESSION_TTL.total_seconds())
    response.set_cookie(
        "session", token, max_age=max_age, httponly=True, secure=True, samesite="lax"
    )
    # Readable by the page's JavaScript, which copies it into the X-CSRF-Token header.
    response.set_cookie("csrftoken", csrf, max_age=max_age, secure=True, samesite="lax")


# endregion login


# region csrf
async def browser_user(
    request: Request,
    session: SessionDep,
    session_cookie: Annotated[str | None, Cookie(alias="session")] = None,
    csrf_header: Annotated[str, Header(alias="X-CSRF-Token")] = "",
) -> User:
    try:
        claims = decode_token(session_cookie or "", kind=BROWSER_SESSION)
        expected = claims["csrf"].encode()
    except (jwt.InvalidTokenError, KeyError):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Not logged in") from None
    # Browsers attach cookies to cross-site form posts: an unsafe method must prove it
    # read the token.
    if request.method not in SAFE_METHODS and not secrets.compare_digest(
        csrf_header.encode(), expected
    ):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "CSRF token missing or incorrect"
        )
    user = await session.get(User, int(claims["sub"]))
    if user is None or not user.is_active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Not logged in")
    return user


@router.post("/messages", status_code=status.HTTP_201_CREATED)
async def post_from_browser(
    payload: MessageIn,
    user: Annotated[User, Depends(browser_user)],
    session: SessionDep,
) -> MessageOut:
    message = Message(owner_id=user.id, text=payload.text)
    session.add(message)
    await session.commit()
    return message


# endregion csrf
