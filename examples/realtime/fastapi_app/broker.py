"""The chat of main.py for several worker processes: every message goes through Redis pub/sub."""

import asyncio
import contextlib
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, WebSocket, WebSocketDisconnect, status
from pydantic import ValidationError
from redis.asyncio import Redis
from redis.asyncio.client import PubSub

from realtime.fastapi_app.main import ChatIn, current_user
from realtime.fastapi_app.rooms import Rooms

CHANNEL = "chat"


# region relay
async def relay(pubsub: PubSub, rooms: Rooms) -> None:
    """Runs for the life of the worker: delivers each published message to its sockets."""
    async for item in pubsub.listen():
        if item["type"] == "message":
            event = json.loads(item["data"])
            await rooms.send(event["room"], event["message"])


async def publish(redis: Redis, room: str, message: dict[str, Any]) -> None:
    await redis.publish(CHANNEL, json.dumps({"room": room, "message": message}))


# endregion relay


# region lifespan
def create_app(redis: Redis) -> FastAPI:
    rooms = Rooms()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pubsub = redis.pubsub()
        # before the first request, so no message is missed
        await pubsub.subscribe(CHANNEL)
        listener = asyncio.create_task(relay(pubsub, rooms))
        yield
        listener.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await listener
        await pubsub.aclose()
        await redis.aclose(close_connection_pool=True)

    app = FastAPI(title="Real-time example with a broker", lifespan=lifespan)
    # endregion lifespan

    # region endpoint
    @app.websocket("/ws/{room}")
    async def chat(
        websocket: WebSocket, room: str, user: Annotated[str, Depends(current_user)]
    ) -> None:
        await rooms.join(room, websocket)
        try:
            while True:
                raw = await websocket.receive_text()
                try:
                    message = ChatIn.model_validate_json(raw)
                except ValidationError:
                    await websocket.close(code=status.WS_1003_UNSUPPORTED_DATA)
                    break
                # The only change from main.py: publish instead of sending to local
                # sockets.
                await publish(
                    redis, room, {"room": room, "user": user, "text": message.text}
                )
        except WebSocketDisconnect:
            pass
        finally:
            rooms.leave(room, websocket)

    # endregion endpoint

    return app


# One Redis for every worker process: `uvicorn realtime.fastapi_app.broker:app --workers
# 4`.
app = create_app(
    Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
)
