"""Two workers, one Redis: fakeredis stands in for the server.

What this proves: the publish/relay wiring of broker.py delivers a message sent to one worker to
sockets held by another, and only to the right room. What it cannot prove: anything about a real
Redis over the network (reconnects, latency, an outage) or delivery guarantees. Redis pub/sub is
at-most-once: a worker that is not subscribed at that moment never sees the message.
"""

from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack, asynccontextmanager

import pytest
from fakeredis import FakeAsyncRedis, FakeServer
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.websockets import WebSocketDisconnect

from realtime.fastapi_app.broker import create_app


def side_by_side(**workers: FastAPI) -> Starlette:
    """Several copies of the app, as `--workers N` would start, each mounted under /<name>.

    They share one event loop (fakeredis's asyncio client is not thread-safe), so they are
    mounted side by side and their lifespans entered together.
    """

    @asynccontextmanager
    async def all_running(app: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            for worker in workers.values():
                await stack.enter_async_context(worker.router.lifespan_context(worker))
            yield

    routes = [Mount(f"/{name}", worker) for name, worker in workers.items()]
    return Starlette(routes=routes, lifespan=all_running)


@pytest.fixture
def client() -> Iterator[TestClient]:
    redis_server = FakeServer()
    workers = side_by_side(
        a=create_app(FakeAsyncRedis(server=redis_server)),
        b=create_app(FakeAsyncRedis(server=redis_server)),
    )
    with TestClient(workers) as client:
        yield client


# region across_workers
def test_a_message_sent_to_one_worker_reaches_sockets_on_the_other(client):
    with (
        # on worker A
        client.websocket_connect("/a/ws/lobby?token=alice-token") as alice,
        client.websocket_connect("/b/ws/lobby?token=bob-token") as bob,  # on worker B
    ):
        alice.send_json({"text": "across processes"})
        expected = {"room": "lobby", "user": "alice", "text": "across processes"}
        assert bob.receive_json() == expected
        # the sender gets it back through Redis too
        assert alice.receive_json() == expected


# endregion across_workers


def test_rooms_stay_separate_across_workers(client):
    with (
        client.websocket_connect("/a/ws/lobby?token=alice-token") as alice,
        client.websocket_connect("/b/ws/kitchen?token=carol-token") as carol,
    ):
        alice.send_json({"text": "lobby only"})
        assert alice.receive_json()["text"] == "lobby only"
        carol.send_json({"text": "kitchen only"})
        # Carol's first message is her own: Alice's never reached the kitchen.
        assert carol.receive_json() == {
            "room": "kitchen",
            "user": "carol",
            "text": "kitchen only",
        }


def test_workers_that_share_no_broker_do_not_see_each_other():
    # Each worker with its own Redis: the same as in-process Rooms under --workers 2.
    workers = side_by_side(
        a=create_app(FakeAsyncRedis(server=FakeServer())),
        b=create_app(FakeAsyncRedis(server=FakeServer())),
    )
    with (
        TestClient(workers) as client,
        client.websocket_connect("/a/ws/lobby?token=alice-token") as alice,
        client.websocket_connect("/b/ws/lobby?token=bob-token") as bob,
    ):
        alice.send_json({"text": "stays on A"})
        assert alice.receive_json()["text"] == "stays on A"
        bob.send_json({"text": "mine"})
        assert bob.receive_json()["text"] == "mine"  # Alice's message never arrived


def test_invalid_message_closes_the_socket_with_1003(client):
    with client.websocket_connect("/a/ws/lobby?token=alice-token") as alice:
        alice.send_text('{"text": ""}')
        with pytest.raises(WebSocketDisconnect) as closed:
            alice.receive_json()
    assert closed.value.code == 1003
