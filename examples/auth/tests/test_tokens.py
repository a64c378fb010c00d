from datetime import datetime, timedelta, timezone

import jwt
import pytest

from auth.fastapi_app.tokens import ALGORITHM, SECRET_KEY, create_access_token, decode_access_token


def test_token_round_trip_carries_subject_scope_and_expiry():
    token = create_access_token("42", ["messages:write", "messages:read"])
    claims = decode_access_token(token)
    assert claims["sub"] == "42"
    assert claims["scope"] == "messages:read messages:write"
    assert claims["exp"] - claims["iat"] == 15 * 60
    assert jwt.get_unverified_header(token)["alg"] == "HS256"


# region rejected
def test_expired_token_is_rejected():
    token = create_access_token("42", [], ttl=timedelta(seconds=-1))
    with pytest.raises(jwt.ExpiredSignatureError):
        decode_access_token(token)


def test_tampered_payload_is_rejected():
    header, payload, signature = create_access_token("42", ["messages:read"]).split(".")
    forged = jwt.utils.base64url_encode(b'{"sub":"1","scope":"messages:write","exp":9999999999}').decode()
    with pytest.raises(jwt.InvalidSignatureError):
        decode_access_token(f"{header}.{forged}.{signature}")


def test_unsigned_alg_none_token_is_rejected():
    claims = {"sub": "1", "exp": datetime.now(timezone.utc) + timedelta(hours=1)}
    unsigned = jwt.encode(claims, None, algorithm="none")  # no signature at all
    with pytest.raises(jwt.InvalidAlgorithmError):
        decode_access_token(unsigned)


def test_token_signed_with_another_key_is_rejected():
    claims = {"sub": "1", "exp": datetime.now(timezone.utc) + timedelta(hours=1)}
    other = jwt.encode(claims, "another-key-" + "x" * 32, algorithm=ALGORITHM)
    with pytest.raises(jwt.InvalidSignatureError):
        decode_access_token(other)


def test_token_without_expiry_is_rejected():
    forever = jwt.encode({"sub": "1"}, SECRET_KEY, algorithm=ALGORITHM)
    with pytest.raises(jwt.MissingRequiredClaimError, match="exp"):
        decode_access_token(forever)
# endregion rejected
