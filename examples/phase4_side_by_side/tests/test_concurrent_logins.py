"""Concurrent requests check their Django sessions in several threads at once."""

import asyncio
import threading

import pytest
from django.test import Client
from httpx2 import ASGITransport, AsyncClient

from phase4_side_by_side.fastapi_app import accounts
from phase4_side_by_side.fastapi_app.main import create_api

AT_ONCE = 8


@pytest.fixture
def session_cookie(ada) -> str:
    browser = Client()
    browser.force_login(ada)
    return browser.cookies["sessionid"].value


@pytest.mark.asyncio
async def test_concurrent_requests_check_their_sessions_in_parallel(
    database_url, session_cookie, monkeypatch
):
    # Each check waits (5 s at most) until a second one is in progress at the same time.
    # With thread_sensitive=True every check would run in asgiref's one shared thread:
    # the first would wait alone, the barrier would break and the requests would fail.
    together = threading.Barrier(2, timeout=5)
    lock = threading.Lock()
    counts = {"current": 0, "peak": 0, "threads": set()}
    check = accounts.account_from_session

    def counted_check(session_key: str) -> accounts.Account | None:
        with lock:
            counts["current"] += 1
            counts["peak"] = max(counts["peak"], counts["current"])
            counts["threads"].add(threading.get_ident())
        try:
            together.wait()
            return check(session_key)
        finally:
            with lock:
                counts["current"] -= 1

    monkeypatch.setattr(accounts, "account_from_session", counted_check)
    transport = ASGITransport(app=create_api(database_url))  # /me needs no lifespan
    cookies = {"sessionid": session_cookie}
    client = AsyncClient(transport=transport, base_url="http://test", cookies=cookies)
    async with client:
        requests = (client.get("/api/v2/me") for _ in range(AT_ONCE))
        responses = await asyncio.gather(*requests)
    assert [response.json()["username"] for response in responses] == ["ada"] * AT_ONCE
    assert counts["peak"] > 1 and len(counts["threads"]) > 1
