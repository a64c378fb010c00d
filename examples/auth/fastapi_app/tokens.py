from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

import jwt
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


# region tokens
class TokenSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JWT_")

    secret_key: SecretStr = Field(min_length=32)  # JWT_SECRET_KEY: required, no default
    issuer: str = "https://auth.example.com"  # JWT_ISSUER
    audience: str = "https://api.example.com"  # JWT_AUDIENCE


@lru_cache
def get_token_settings() -> TokenSettings:
    # Called by the lifespan: with no key the service does not start (rather than use a
    # known one). Cached: the environment is read once per process.
    return TokenSettings()


ALGORITHM = "HS256"
ACCESS_TOKEN_TTL = timedelta(minutes=15)
# One "typ" per kind of token (RFC 8725, 3.11-3.12): no kind is accepted as another.
ACCESS = "at+jwt"  # RFC 9068's type for OAuth 2.0 access tokens
BROWSER_SESSION = "session+jwt"


def create_token(
    subject: str,
    scopes: Iterable[str],
    *,
    kind: str = ACCESS,
    ttl: timedelta = ACCESS_TOKEN_TTL,
    **claims: Any,
) -> str:
    settings = get_token_settings()
    now = datetime.now(UTC)  # aware; PyJWT turns datetimes into epoch seconds
    payload = {
        "iss": settings.issuer,
        "aud": settings.audience,
        "sub": subject,
        "scope": " ".join(sorted(scopes)),
        "iat": now,
        "exp": now + ttl,
        **claims,
    }
    key = settings.secret_key.get_secret_value()
    return jwt.encode(payload, key, algorithm=ALGORITHM, headers={"typ": kind})


def decode_token(token: str, *, kind: str = ACCESS) -> dict[str, Any]:
    """Raises jwt.InvalidTokenError: expired, tampered, wrong alg, audience or kind."""
    settings = get_token_settings()
    # algorithms= is the server's list: the token's own "alg" header is never trusted.
    decoded = jwt.decode_complete(
        token,
        settings.secret_key.get_secret_value(),
        algorithms=[ALGORITHM],
        audience=settings.audience,
        issuer=settings.issuer,
        options={"require": ["exp", "sub", "iss", "aud"]},
    )
    if decoded["header"].get("typ") != kind:
        raise jwt.InvalidTokenError(f"Not a {kind} token")
    return decoded["payload"]


# endregion tokens
