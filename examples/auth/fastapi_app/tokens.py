import os
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Any

import jwt

# region tokens
# Read the key from the environment in production; see the Settings page.
SECRET_KEY = os.environ.get("JWT_SECRET_KEY", "examples-only-0123456789abcdef0123456789abcdef")
ALGORITHM = "HS256"
ACCESS_TOKEN_TTL = timedelta(minutes=15)


def create_access_token(
    subject: str, scopes: Iterable[str], ttl: timedelta = ACCESS_TOKEN_TTL, **claims: Any
) -> str:
    now = datetime.now(timezone.utc)  # aware datetimes; PyJWT turns them into epoch seconds
    payload = {"sub": subject, "scope": " ".join(sorted(scopes)), "iat": now, "exp": now + ttl, **claims}
    return jwt.encode(payload, SECRET_KEY, algorithm=ALGORITHM)


def decode_access_token(token: str) -> dict[str, Any]:
    """Raises jwt.InvalidTokenError (expired, tampered, wrong algorithm, missing claim)."""
    # algorithms= is a list the server chooses: the token's own "alg" header is never trusted.
    return jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]})
# endregion tokens
