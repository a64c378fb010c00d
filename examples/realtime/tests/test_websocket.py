"""The single-process chat of fastapi_app/main.py, driven through TestClient.websocket_connect."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from httpx2 import AsyncClient
from starlette.websockets import WebSocketDisconnect

# uvicorn on a free loopback port (see the deployment page)
from deployment.local_server import serve
from realtime.fastapi_app import main
from realtime.fastapi_app.main import app


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client
    assert dict(main.rooms.members) == {}  # every test leaves no socket behind


# region roundtrip
def test_message_round_trip(client):
    with client.websocket_connect("/ws/lobby?token=alice-token") as alice:
        alice.send_json({"text": "hello"})
        assert alice.receive_json() == {
            "room": "lobby",
            "user": "alice",
            "text": "hello",
        }


# endregion roundtrip


# region broadcast
def test_broadcast_reaches_everyone_in_the_room_and_nobody_else(client):
    with (
        client.websocket_connect("/ws/lobby?token=alice-token") as alice,
        client.websocket_connect("/ws/lobby?token=bob-token") as bob,
        client.websocket_connect("/ws/kitchen?token=carol-token") as carol,
    ):
        alice.send_json({"text": "hi all"})
        expected = {"room": "lobby", "user": "alice", "text": "hi all"}
        assert alice.receive_json() == expected
        assert bob.receive_json() == expected
        # Carol's first message is her own: Alice's never reached the kitchen.
        carol.send_json({"text": "anyone?"})
        assert carol.receive_json() == {
            "room": "kitchen",
            "user": "carol",
            "text": "anyone?",
        }


# endregion broadcast


def test_disconnect_removes_the_socket_from_its_room(client):
    with client.websocket_connect("/ws/lobby?token=alice-token"):
        with client.websocket_connect("/ws/lobby?token=bob-token"):
            assert len(main.rooms.members["lobby"]) == 2
        assert len(main.rooms.members["lobby"]) == 1  # Bob left, Alice is still there
    assert "lobby" not in main.rooms.members


# region refused
def test_handshake_without_a_token_is_refused_before_accept(client):
    with pytest.raises(WebSocketDisconnect) as refused:
        with client.websocket_connect("/ws/lobby"):
            pass
    assert refused.value.code == 1008  # policy violation
    assert refused.value.reason == "authentication required"


# endregion refused


def test_unknown_token_is_refused(client):
    with pytest.raises(WebSocketDisconnect) as refused:
        with client.websocket_connect("/ws/lobby?token=forged"):
            pass
    assert refused.value.code == 1008


def test_session_cookie_is_accepted_from_an_allowed_origin(client):
    headers = {"cookie": "session=bob-token", "origin": "https://chat.example.com"}
    with client.websocket_connect("/ws/lobby", headers=headers) as bob:
        bob.send_json({"text": "via cookie"})
        assert bob.receive_json()["user"] == "bob"


def test_session_cookie_from_another_origin_is_refused(client):
    headers = {"cookie": "session=bob-token", "origin": "https://evil.example"}
    with pytest.raises(WebSocketDisconnect) as refused:
        with client.websocket_connect("/ws/lobby", headers=headers):
            pass
    assert (refused.value.code, refused.value.reason) == (1008, "origin not allowed")


def test_invalid_message_closes_the_socket_with_1003(client):
    with client.websocket_connect("/ws/lobby?token=alice-token") as alice:
        alice.send_text("not json")
        with pytest.raises(WebSocketDisconnect) as closed:
            alice.receive_json()
    assert closed.value.code == 1003  # unsupported data


@pytest.mark.asyncio
async def test_uvicorn_without_a_websocket_library_treats_the_upgrade_as_plain_http():
    # ws="none" is what a bare `pip install uvicorn` gets: no websockets or wsproto to
    # upgrade with.
    upgrade = {
        "Connection": "Upgrade",
        "Upgrade": "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
    }
    async with (
        serve(app, ws="none") as base_url,
        AsyncClient(base_url=base_url) as client,
    ):
        response = await client.get("/ws/lobby?token=alice-token", headers=upgrade)
    # no HTTP route at that path: the handshake never happens
    assert response.status_code == 404
