import hashlib
import secrets
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, Security, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import (
    APIKeyHeader,
    HTTPAuthorizationCredentials,
    HTTPBearer,
    OAuth2PasswordBearer,
    SecurityScopes,
)
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.fastapi_app.db import SessionDep
from auth.fastapi_app.models import User
from auth.fastapi_app.passwords import hash_password, verify_password
from auth.fastapi_app.tokens import decode_token

SCOPES = {
    "messages:read": "Read messages.",
    "messages:write": "Post and delete your own messages.",
}

# region schemes
# Reads "Authorization: Bearer <token>"; tokenUrl and scopes feed the /docs Authorize
# dialog.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token", scopes=SCOPES)
# Reads the same header but knows nothing of how the token was issued.
bearer_scheme = HTTPBearer()
# Reads a custom header; 401 when it is missing (403 before FastAPI 0.122).
api_key_scheme = APIKeyHeader(name="X-API-Key")
# endregion schemes

# Verified when the username does not exist, so both paths cost the same time.
DUMMY_HASH = hash_password("not-a-real-password")


# region authenticate
async def authenticate(
    session: AsyncSession, username: str, password: str
) -> User | None:
    user = await session.scalar(select(User).where(User.username == username))
    encoded = user.password if user is not None else DUMMY_HASH
    # PBKDF2 is slow on purpose (about 0.5 s): run it in a thread, never on the event
    # loop.
    # Each check holds one of AnyIO's 40 thread-pool tokens: rate-limit the logins.
    password_ok = await run_in_threadpool(verify_password, password, encoded)
    if user is None or not user.is_active or not password_ok:
        return None
    return user


# endregion authenticate


# region current-user
async def get_current_user(
    security_scopes: SecurityScopes,
    token: Annotated[str, Depends(oauth2_scheme)],
    session: SessionDep,
) -> User:
    challenge = (
        f'Bearer scope="{security_scopes.scope_str}"'
        if security_scopes.scopes
        else "Bearer"
    )
    headers = {"WWW-Authenticate": challenge}
    try:
        claims = decode_token(token)  # access tokens only: a session token is refused
    except jwt.InvalidTokenError:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "Invalid or expired token", headers=headers
        ) from None
    user = await session.get(User, int(claims["sub"]))
    if user is None or not user.is_active:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "Unknown user", headers=headers
        )
    missing = set(security_scopes.scopes) - set(claims["scope"].split())
    if missing:  # authenticated, but the token lacks the scope: 403, as RFC 6750 says
        headers["WWW-Authenticate"] += ', error="insufficient_scope"'
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "Not enough permissions", headers=headers
        )
    return user


Reader = Annotated[User, Security(get_current_user, scopes=["messages:read"])]
Writer = Annotated[User, Security(get_current_user, scopes=["messages:write"])]
# endregion current-user


# region other-schemes
async def token_claims(
    credentials: Annotated[HTTPAuthorizationCredentials, Depends(bearer_scheme)],
) -> dict:
    # credentials.scheme is "Bearer"; credentials.credentials is the token itself.
    try:
        return decode_token(credentials.credentials)
    except jwt.InvalidTokenError:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Invalid token",
            headers={"WWW-Authenticate": "Bearer"},
        ) from None


# SHA-256 of each key, not the key: a copy of this table (a dump, a log) calls nothing.
# The keys are long and random (secrets.token_urlsafe(32)), so a fast hash is enough.
# From a secret store in production.
SERVICE_KEY_DIGESTS = {
    "reporting-service": (
        "5c6072a5a50fac5d00f59ae9e172e0e864ff373579cf7163bbe044098f0f7000"
    ),
}


async def calling_service(api_key: Annotated[str, Depends(api_key_scheme)]) -> str:
    digest = hashlib.sha256(api_key.encode()).hexdigest()
    for service, expected in SERVICE_KEY_DIGESTS.items():
        if secrets.compare_digest(digest, expected):
            return service
    challenge = {"WWW-Authenticate": "APIKey"}  # what APIKeyHeader sends
    raise HTTPException(
        status.HTTP_401_UNAUTHORIZED, "Unknown API key", headers=challenge
    )


# endregion other-schemes
