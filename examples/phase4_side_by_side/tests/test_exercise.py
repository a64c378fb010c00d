"""The exercise: GET /api/v2/conversations/{session_id}, behind Django's login, over DRF's rows."""

import pytest
from django.test import Client
from fastapi.testclient import TestClient

from exchanges import record
from phase4_side_by_side.fastapi_app.conversations import router as conversations_router
from phase4_side_by_side.fastapi_app.main import create_combined_app


@pytest.fixture
def client(database_url, django_urls):
    app = create_combined_app(database_url)
    app.include_router(conversations_router)
    with TestClient(app) as client:
        yield client


def log_in(client, user) -> None:
    browser = Client()
    browser.force_login(user)
    client.cookies.set("sessionid", browser.cookies["sessionid"].value)


def post(client, content: str, session_id: str) -> dict:
    response = client.post(
        "/django/api/messages/",
        json={"role": "user", "content": content, "session_id": session_id},
    )
    assert response.status_code == 201
    return response.json()


def test_it_needs_a_django_login(client):
    assert client.get("/api/v2/conversations/s-1").status_code == 401


def test_it_counts_messages_posted_through_drf(client, ada):
    post(client, "Hi", "s-1")
    last = post(client, "Hello, how can I help?", "s-1")
    post(client, "Elsewhere", "s-2")
    # after posting: DRF demands a CSRF token from logged-in sessions
    log_in(client, ada)
    response = client.get("/api/v2/conversations/s-1")
    assert response.status_code == 200
    assert response.json() == {
        "session_id": "s-1",
        "messages": 2,
        "last_message_at": last["created_at"],
    }
    record("phase4_side_by_side/conversation-summary", response)


def test_an_empty_conversation_has_no_last_message(client, ada):
    log_in(client, ada)
    response = client.get("/api/v2/conversations/nobody")
    assert response.json() == {
        "session_id": "nobody",
        "messages": 0,
        "last_message_at": None,
    }
