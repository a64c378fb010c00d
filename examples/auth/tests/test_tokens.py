from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from auth.fastapi_app.main import app
from auth.fastapi_app.tokens import (
    ACCESS,
    ALGORITHM,
    BROWSER_SESSION,
    TokenSettings,
    create_token,
    decode_token,
    get_token_settings,
)

SETTINGS = get_token_settings()
KEY = SETTINGS.secret_key.get_secret_value()


def claims(**extra) -> dict:
    expires = datetime.now(UTC) + timedelta(hours=1)
    issued_for = {"iss": SETTINGS.issuer, "aud": SETTINGS.audience}
    return {**issued_for, "sub": "1", "exp": expires, **extra}


def signed(payload: dict) -> str:
    return jwt.encode(payload, KEY, algorithm=ALGORITHM, headers={"typ": ACCESS})


def without(name: str) -> dict:
    return {key: value for key, value in claims().items() if key != name}


def test_token_round_trip_carries_subject_scope_and_expiry():
    token = create_token("42", ["messages:write", "messages:read"])
    decoded = decode_token(token)
    assert decoded["sub"] == "42"
    assert decoded["scope"] == "messages:read messages:write"
    assert decoded["exp"] - decoded["iat"] == 15 * 60
    assert decoded["iss"] == "https://auth.example.com"
    assert decoded["aud"] == "https://api.example.com"
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "at+jwt"}


# region rejected
def test_expired_token_is_rejected():
    token = create_token("42", [], ttl=timedelta(seconds=-1))
    with pytest.raises(jwt.ExpiredSignatureError):
        decode_token(token)


def test_tampered_payload_is_rejected():
    header, payload, signature = create_token("42", ["messages:read"]).split(".")
    forged = jwt.utils.base64url_encode(
        b'{"sub":"1","scope":"messages:write","exp":9999999999}'
    ).decode()
    with pytest.raises(jwt.InvalidSignatureError):
        decode_token(f"{header}.{forged}.{signature}")


def test_unsigned_alg_none_token_is_rejected():
    unsigned = jwt.encode(claims(), None, algorithm="none")  # no signature at all
    with pytest.raises(jwt.InvalidAlgorithmError):
        decode_token(unsigned)


def test_token_signed_with_another_key_is_rejected():
    other = jwt.encode(claims(), "another-key-" + "x" * 32, algorithm=ALGORITHM)
    with pytest.raises(jwt.InvalidSignatureError):
        decode_token(other)


def test_token_without_expiry_is_rejected():
    with pytest.raises(jwt.MissingRequiredClaimError, match="exp"):
        decode_token(signed(without("exp")))


def test_one_kind_of_token_is_never_accepted_as_another():
    session = create_token("1", ["messages:write"], kind=BROWSER_SESSION, csrf="x")
    with pytest.raises(jwt.InvalidTokenError, match=r"Not a at\+jwt token"):
        decode_token(session)  # the 8-hour cookie's token, replayed as a bearer token
    with pytest.raises(jwt.InvalidTokenError, match=r"Not a session\+jwt token"):
        decode_token(create_token("1", ["messages:write"]), kind=BROWSER_SESSION)
    untyped = jwt.encode(claims(), KEY, algorithm=ALGORITHM)  # PyJWT's "typ": "JWT"
    with pytest.raises(jwt.InvalidTokenError, match=r"Not a at\+jwt token"):
        decode_token(untyped)


def test_a_token_for_another_audience_or_from_another_issuer_is_rejected():
    # The same key may sign tokens for other services (a Django project sharing it).
    with pytest.raises(jwt.InvalidAudienceError):
        decode_token(signed(claims(aud="https://billing.example.com")))
    with pytest.raises(jwt.InvalidIssuerError):
        decode_token(signed(claims(iss="https://django.example.com")))
    with pytest.raises(jwt.MissingRequiredClaimError, match="aud"):
        decode_token(signed(without("aud")))


# endregion rejected


@pytest.mark.parametrize("environment", [{}, {"JWT_SECRET_KEY": "short"}])
def test_settings_refuse_a_missing_or_short_key(monkeypatch, environment):
    monkeypatch.delenv("JWT_SECRET_KEY")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match="secret_key"):
        TokenSettings()


def test_the_service_does_not_start_without_a_key(monkeypatch):
    monkeypatch.delenv("JWT_SECRET_KEY")
    # read the environment again, as a new process would
    get_token_settings.cache_clear()
    with pytest.raises(ValidationError, match="secret_key\n  Field required"):
        with TestClient(app):  # runs the lifespan, as Uvicorn does before serving
            pass
    # A failed call is not cached: the next one reads the restored environment.
