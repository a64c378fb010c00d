from datetime import timedelta

import pytest
from django.contrib.auth.hashers import make_password
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from auth.fastapi_app import db, security
from auth.fastapi_app.main import app
from auth.fastapi_app.models import Message, User
from auth.fastapi_app.ratelimit import RateLimit, login_rate_limit
from auth.fastapi_app.tokens import BROWSER_SESSION, create_token, decode_token
from exchanges import record

pytestmark = pytest.mark.asyncio


async def test_token_endpoint_grants_only_known_scopes(api):
    form = {"username": "alice", "password": "alice-pw", "scope": "messages:read admin"}
    response = await api.post("/token", data=form)
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    assert decode_token(response.json()["access_token"])["scope"] == "messages:read"


async def test_token_endpoint_takes_a_form_not_json(api):
    response = await api.post(
        "/token", json={"username": "alice", "password": "alice-pw"}
    )
    assert response.status_code == 422


@pytest.mark.parametrize(
    ("username", "password"), [("alice", "wrong"), ("nobody", "x"), ("dave", "dave-pw")]
)
async def test_bad_credentials_unknown_or_inactive_users_get_401(
    api, username, password
):
    response = await api.post(
        "/token", data={"username": username, "password": password}
    )
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def test_unknown_username_costs_one_hash_too(api, monkeypatch):
    calls = []
    monkeypatch.setattr(
        security,
        "verify_password",
        lambda password, encoded: calls.append(encoded) or False,
    )
    await api.post("/token", data={"username": "nobody", "password": "x"})
    assert calls == [security.DUMMY_HASH]


async def test_missing_token_is_a_401_challenge(api):
    response = await api.get("/users/me")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    record("auth/fastapi-missing-token", response)


async def test_current_user_from_a_valid_token(api, get_token):
    token = await get_token("carol", "messages:read")
    response = await api.get("/users/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json() == {"username": "carol", "is_staff": True}


# region scopes
async def test_write_needs_the_write_scope(api, get_token):
    read_only = await get_token("alice", "messages:read")
    response = await api.post(
        "/messages",
        json={"text": "hi"},
        headers={"Authorization": f"Bearer {read_only}"},
    )
    assert response.status_code == 403
    assert (
        response.headers["www-authenticate"]
        == 'Bearer scope="messages:write", error="insufficient_scope"'
    )
    record("auth/fastapi-insufficient-scope", response)

    writer = await get_token("alice", "messages:read messages:write")
    response = await api.post(
        "/messages", json={"text": "hi"}, headers={"Authorization": f"Bearer {writer}"}
    )
    assert response.status_code == 201
    assert response.json() == {"id": 1, "owner_id": 1, "text": "hi"}


# endregion scopes


@pytest.mark.parametrize(
    "token",
    [
        create_token("1", ["messages:read"], ttl=timedelta(seconds=-1)),  # expired
        create_token("1", ["messages:read"])[:-2] + "xx",  # tampered signature
        create_token("99", ["messages:read"]),  # user no longer exists
        "not-a-jwt",
    ],
)
async def test_expired_tampered_or_orphan_tokens_get_401(api, token):
    response = await api.get("/messages", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer scope="messages:read"'


async def test_object_permission_owner_staff_and_others(
    api, get_token, session_factory
):
    async with session_factory() as session:
        session.add_all(
            [
                Message(id=1, owner_id=1, text="alice's"),
                Message(id=2, owner_id=1, text="alice's too"),
            ]
        )
        await session.commit()
    headers = {
        name: {"Authorization": f"Bearer {await get_token(name)}"}
        for name in ("alice", "bob", "carol")
    }

    # anyone may read
    assert (await api.get("/messages", headers=headers["bob"])).status_code == 200
    response = await api.delete("/messages/1", headers=headers["bob"])
    assert response.status_code == 403
    assert response.json() == {"detail": "Only the author of a message can delete it."}
    record("auth/fastapi-not-the-owner", response)
    assert (
        await api.delete("/messages/1", headers=headers["alice"])
    ).status_code == 204
    # staff
    assert (
        await api.delete("/messages/2", headers=headers["carol"])
    ).status_code == 204
    assert (
        await api.delete("/messages/2", headers=headers["alice"])
    ).status_code == 404
    async with session_factory() as session:
        assert list(await session.scalars(select(Message))) == []


async def test_http_bearer_reads_any_bearer_token(api, get_token):
    token = await get_token("alice", "messages:read")
    response = await api.get(
        "/tokens/introspect", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200
    assert response.json() == {"sub": "1", "scope": "messages:read"}
    response = await api.get(
        "/tokens/introspect", headers={"Authorization": "Bearer nonsense"}
    )
    assert response.status_code == 401


async def test_http_bearer_and_api_key_answer_401_when_missing(api):
    # FastAPI 0.122 changed both from 403 without a challenge to 401 with one.
    schemes = {"/tokens/introspect": "Bearer", "/internal/user-count": "APIKey"}
    for path, challenge in schemes.items():
        response = await api.get(path)
        assert response.status_code == 401
        assert response.json() == {"detail": "Not authenticated"}
        assert response.headers["www-authenticate"] == challenge


async def test_api_key_identifies_the_calling_service(api):
    key = "examples-only-Q3vT9xk2LrP8wN4sY7bJ5mH1cF6dA0eZ"
    response = await api.get("/internal/user-count", headers={"X-API-Key": key})
    assert response.json() == {"service": "reporting-service", "users": 4}
    response = await api.get("/internal/user-count", headers={"X-API-Key": "guess"})
    assert response.status_code == 401
    # The stored digest is no key: a leaked copy of the table calls nothing.
    digest = security.SERVICE_KEY_DIGESTS["reporting-service"]
    response = await api.get("/internal/user-count", headers={"X-API-Key": digest})
    assert response.status_code == 401


# region csrf
async def test_cookie_session_needs_the_csrf_header_on_unsafe_requests(api):
    response = await api.post(
        "/browser/login", data={"username": "bob", "password": "bob-pw"}
    )
    assert response.status_code == 204
    assert "httponly" in response.headers.get_list("set-cookie")[0].lower()
    csrf = api.cookies["csrftoken"]

    # What a forged cross-site form post looks like: the cookie comes along, the header
    # cannot.
    response = await api.post("/browser/messages", json={"text": "forged"})
    assert response.status_code == 403
    response = await api.post(
        "/browser/messages", json={"text": "x"}, headers={"X-CSRF-Token": "guess"}
    )
    assert response.status_code == 403
    response = await api.post(
        "/browser/messages", json={"text": "mine"}, headers={"X-CSRF-Token": csrf}
    )
    assert response.status_code == 201


async def test_bearer_tokens_need_no_csrf_token(api, get_token):
    # A browser never adds an Authorization header on its own, so a forged request
    # cannot carry it.
    token = await get_token("bob")
    response = await api.post(
        "/messages", json={"text": "hi"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 201


# endregion csrf


async def test_cookie_endpoints_refuse_missing_or_bearer_only_tokens(api, get_token):
    response = await api.post("/browser/messages", json={"text": "x"})
    assert response.status_code == 401
    api.cookies.set("session", await get_token("bob"), domain="test")  # an access token
    response = await api.post(
        "/browser/messages", json={"text": "x"}, headers={"X-CSRF-Token": ""}
    )
    assert response.status_code == 401


async def test_the_session_cookies_token_is_refused_as_a_bearer_token(api):
    await api.post("/browser/login", data={"username": "bob", "password": "bob-pw"})
    session_token = api.cookies["session"]
    assert decode_token(session_token, kind=BROWSER_SESSION)["scope"]  # it has scopes
    stolen = {"Authorization": f"Bearer {session_token}"}  # 8 hours, not 15 minutes
    response = await api.post("/messages", json={"text": "x"}, headers=stolen)
    assert response.status_code == 401
    assert (await api.get("/users/me", headers=stolen)).status_code == 401
    assert (await api.get("/tokens/introspect", headers=stolen)).status_code == 401


async def test_a_cross_site_login_is_refused(api):
    async def login_from(origin: str) -> int:
        form = {"username": "bob", "password": "bob-pw"}
        headers = {"Origin": origin}
        response = await api.post("/browser/login", data=form, headers=headers)
        return response.status_code

    assert await login_from("https://evil.example") == 403
    assert "session" not in api.cookies
    assert await login_from("null") == 403  # a sandboxed frame, for instance
    assert await login_from("https://app.example.com") == 204


@pytest.mark.parametrize("path", ["/token", "/browser/login"])
async def test_login_attempts_are_rate_limited(api, path):
    for _ in range(5):
        response = await api.post(path, data={"username": "alice", "password": "guess"})
        assert response.status_code in (400, 401)
    response = await api.post(path, data={"username": "alice", "password": "alice-pw"})
    assert response.status_code == 429
    assert response.headers["retry-after"] == "60"
    if path == "/token":
        record("auth/fastapi-throttled-login", response)


async def test_the_limit_forgets_attempts_older_than_the_window(api):
    now = [1000.0]
    limit = RateLimit(attempts=2, window=60, clock=lambda: now[0])
    app.dependency_overrides[login_rate_limit] = limit  # cleared by the api fixture
    form = {"username": "alice", "password": "alice-pw"}
    statuses = [(await api.post("/token", data=form)).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    now[0] += 30
    assert (await api.post("/token", data=form)).headers["retry-after"] == "30"
    now[0] += 30  # the first two attempts leave the window
    assert (await api.post("/token", data=form)).status_code == 200
    assert list(limit.hits) == ["127.0.0.1"]  # httpx's ASGITransport client address


async def test_password_checks_are_not_run_on_the_event_loop(api, monkeypatch):
    calls = []

    async def fake_run_in_threadpool(function, *args):
        calls.append(function)
        return function(*args)

    monkeypatch.setattr(security, "run_in_threadpool", fake_run_in_threadpool)
    await api.post("/token", data={"username": "alice", "password": "alice-pw"})
    assert calls == [security.verify_password]


async def test_a_user_created_by_django_logs_in_to_fastapi(api, session_factory):
    async with session_factory() as session:
        # Django's hasher
        session.add(User(id=10, username="erin", password=make_password("erin-pw")))
        await session.commit()
    response = await api.post(
        "/token", data={"username": "erin", "password": "erin-pw"}
    )
    assert response.status_code == 200
    assert decode_token(response.json()["access_token"])["sub"] == "10"


async def test_get_session_yields_a_working_session(monkeypatch, session_factory):
    monkeypatch.setattr(db, "SessionFactory", session_factory)
    async for session in db.get_session():
        assert isinstance(session, AsyncSession)
        assert (
            await session.execute(text("select count(*) from auth_user"))
        ).scalar() == 4
