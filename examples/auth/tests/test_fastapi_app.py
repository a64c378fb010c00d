from datetime import timedelta

import pytest
from django.contrib.auth.hashers import make_password
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from auth.fastapi_app import db, security
from auth.fastapi_app.models import Message, User
from auth.fastapi_app.tokens import create_access_token, decode_access_token

pytestmark = pytest.mark.asyncio


async def test_token_endpoint_grants_only_known_scopes(api):
    form = {"username": "alice", "password": "alice-pw", "scope": "messages:read admin"}
    response = await api.post("/token", data=form)
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    assert decode_access_token(response.json()["access_token"])["scope"] == "messages:read"


async def test_token_endpoint_takes_a_form_not_json(api):
    response = await api.post("/token", json={"username": "alice", "password": "alice-pw"})
    assert response.status_code == 422


@pytest.mark.parametrize(("username", "password"), [("alice", "wrong"), ("nobody", "x"), ("dave", "dave-pw")])
async def test_bad_credentials_unknown_or_inactive_users_get_401(api, username, password):
    response = await api.post("/token", data={"username": username, "password": password})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def test_unknown_username_costs_one_hash_too(api, monkeypatch):
    calls = []
    monkeypatch.setattr(security, "verify_password", lambda password, encoded: calls.append(encoded) or False)
    await api.post("/token", data={"username": "nobody", "password": "x"})
    assert calls == [security.DUMMY_HASH]


async def test_missing_token_is_a_401_challenge(api):
    response = await api.get("/users/me")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def test_current_user_from_a_valid_token(api, get_token):
    token = await get_token("carol", "messages:read")
    response = await api.get("/users/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json() == {"username": "carol", "is_staff": True}


# region scopes
async def test_write_needs_the_write_scope(api, get_token):
    read_only = await get_token("alice", "messages:read")
    response = await api.post("/messages", json={"text": "hi"}, headers={"Authorization": f"Bearer {read_only}"})
    assert response.status_code == 403
    assert response.headers["www-authenticate"] == 'Bearer scope="messages:write", error="insufficient_scope"'

    writer = await get_token("alice", "messages:read messages:write")
    response = await api.post("/messages", json={"text": "hi"}, headers={"Authorization": f"Bearer {writer}"})
    assert response.status_code == 201
    assert response.json() == {"id": 1, "owner_id": 1, "text": "hi"}
# endregion scopes


@pytest.mark.parametrize(
    "token",
    [
        create_access_token("1", ["messages:read"], ttl=timedelta(seconds=-1)),  # expired
        create_access_token("1", ["messages:read"])[:-2] + "xx",  # tampered signature
        create_access_token("99", ["messages:read"]),  # user no longer exists
        "not-a-jwt",
    ],
)
async def test_expired_tampered_or_orphan_tokens_get_401(api, token):
    response = await api.get("/messages", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer scope="messages:read"'


async def test_object_permission_owner_staff_and_others(api, get_token, session_factory):
    async with session_factory() as session:
        session.add_all([Message(id=1, owner_id=1, text="alice's"), Message(id=2, owner_id=1, text="alice's too")])
        await session.commit()
    headers = {name: {"Authorization": f"Bearer {await get_token(name)}"} for name in ("alice", "bob", "carol")}

    assert (await api.get("/messages", headers=headers["bob"])).status_code == 200  # anyone may read
    response = await api.delete("/messages/1", headers=headers["bob"])
    assert response.status_code == 403
    assert response.json() == {"detail": "Only the author of a message can delete it."}
    assert (await api.delete("/messages/1", headers=headers["alice"])).status_code == 204
    assert (await api.delete("/messages/2", headers=headers["carol"])).status_code == 204  # staff
    assert (await api.delete("/messages/2", headers=headers["alice"])).status_code == 404
    async with session_factory() as session:
        assert list(await session.scalars(select(Message))) == []


async def test_http_bearer_reads_any_bearer_token(api, get_token):
    token = await get_token("alice", "messages:read")
    response = await api.get("/tokens/introspect", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json() == {"sub": "1", "scope": "messages:read"}
    response = await api.get("/tokens/introspect", headers={"Authorization": "Bearer nonsense"})
    assert response.status_code == 401


async def test_http_bearer_and_api_key_answer_403_when_missing_in_fastapi_0115(api):
    # Unlike OAuth2PasswordBearer (401), these two answer 403 without a challenge in 0.115.
    for path in ("/tokens/introspect", "/internal/user-count"):
        response = await api.get(path)
        assert response.status_code == 403
        assert response.json() == {"detail": "Not authenticated"}
        assert "www-authenticate" not in response.headers


async def test_api_key_identifies_the_calling_service(api):
    response = await api.get("/internal/user-count", headers={"X-API-Key": "examples-only-service-key"})
    assert response.json() == {"service": "reporting-service", "users": 4}
    response = await api.get("/internal/user-count", headers={"X-API-Key": "guess"})
    assert response.status_code == 403


# region csrf
async def test_cookie_session_needs_the_csrf_header_on_unsafe_requests(api):
    response = await api.post("/browser/login", data={"username": "bob", "password": "bob-pw"})
    assert response.status_code == 204
    assert "httponly" in response.headers.get_list("set-cookie")[0].lower()
    csrf = api.cookies["csrftoken"]

    # What a forged cross-site form post looks like: the cookie comes along, the header cannot.
    response = await api.post("/browser/messages", json={"text": "forged"})
    assert response.status_code == 403
    response = await api.post("/browser/messages", json={"text": "x"}, headers={"X-CSRF-Token": "guess"})
    assert response.status_code == 403
    response = await api.post("/browser/messages", json={"text": "mine"}, headers={"X-CSRF-Token": csrf})
    assert response.status_code == 201


async def test_bearer_tokens_need_no_csrf_token(api, get_token):
    # A browser never adds an Authorization header on its own, so a forged request cannot carry it.
    token = await get_token("bob")
    response = await api.post("/messages", json={"text": "hi"}, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 201
# endregion csrf


async def test_cookie_endpoints_refuse_missing_or_bearer_only_tokens(api, get_token):
    response = await api.post("/browser/messages", json={"text": "x"})
    assert response.status_code == 401
    api.cookies.set("session", await get_token("bob"), domain="test")  # a bearer token has no csrf claim
    response = await api.post("/browser/messages", json={"text": "x"}, headers={"X-CSRF-Token": ""})
    assert response.status_code == 401


async def test_a_user_created_by_django_logs_in_to_fastapi(api, session_factory):
    async with session_factory() as session:
        session.add(User(id=10, username="erin", password=make_password("erin-pw")))  # Django's hasher
        await session.commit()
    response = await api.post("/token", data={"username": "erin", "password": "erin-pw"})
    assert response.status_code == 200
    assert decode_access_token(response.json()["access_token"])["sub"] == "10"


async def test_get_session_yields_a_working_session(monkeypatch, session_factory):
    monkeypatch.setattr(db, "SessionFactory", session_factory)
    async for session in db.get_session():
        assert isinstance(session, AsyncSession)
        assert (await session.execute(text("select count(*) from auth_user"))).scalar() == 4
