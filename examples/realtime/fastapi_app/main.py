import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import (
    Cookie,
    Depends,
    FastAPI,
    Header,
    WebSocket,
    WebSocketDisconnect,
    WebSocketException,
    status,
)
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field, ValidationError

from realtime.fastapi_app.rooms import Rooms
from realtime.sse import SSE_HEADERS, format_event

app = FastAPI(title="Real-time example")
rooms = Rooms()  # this process's sockets only: see broker.py for several workers

# Stand-in for a real token check (a JWT, a session lookup): see the auth page.
TOKENS = {"alice-token": "alice", "bob-token": "bob", "carol-token": "carol"}
ALLOWED_ORIGINS = {"https://chat.example.com"}


# region auth
async def current_user(
    websocket: WebSocket,
    token: str | None = None,
    session: Annotated[str | None, Cookie()] = None,
) -> str:
    """Runs before the endpoint, so a refused handshake never becomes an open socket."""
    if token is None and session is not None:
        # Browsers send cookies on cross-site handshakes and CORS does not apply: check
        # Origin.
        if websocket.headers.get("origin") not in ALLOWED_ORIGINS:
            raise WebSocketException(
                status.WS_1008_POLICY_VIOLATION, "origin not allowed"
            )
        token = session
    user = TOKENS.get(token or "")
    if user is None:
        raise WebSocketException(
            status.WS_1008_POLICY_VIOLATION, "authentication required"
        )
    return user


# endregion auth


# region chat
class ChatIn(BaseModel):
    text: str = Field(min_length=1, max_length=500)


@app.websocket("/ws/{room}")
async def chat(
    websocket: WebSocket, room: str, user: Annotated[str, Depends(current_user)]
) -> None:
    await rooms.join(room, websocket)  # accept() happens here
    try:
        while True:
            raw = await websocket.receive_text()
            try:
                message = ChatIn.model_validate_json(raw)
            except ValidationError:
                await websocket.close(
                    code=status.WS_1003_UNSUPPORTED_DATA,
                    reason='expected {"text": "..."}',
                )
                break
            await rooms.send(room, {"room": room, "user": user, "text": message.text})
    except WebSocketDisconnect:
        pass  # the client went away; nobody to answer
    finally:
        rooms.leave(room, websocket)


# endregion chat


# region sse
PROGRESS_INTERVAL = 0.5  # seconds between events; the tests set it to 0


@app.get("/jobs/{job_id}/events")
async def job_events(
    job_id: int, last_event_id: Annotated[int, Header()] = 0
) -> StreamingResponse:
    async def progress() -> AsyncIterator[str]:
        for percent in (25, 50, 75, 100):
            if percent <= last_event_id:
                continue  # the browser reconnected and already has this one
            await asyncio.sleep(PROGRESS_INTERVAL)
            yield format_event(
                {"job": job_id, "percent": percent},
                event="progress",
                event_id=str(percent),
            )
        yield format_event({"job": job_id}, event="done")

    return StreamingResponse(
        progress(), media_type="text/event-stream", headers=SSE_HEADERS
    )


# endregion sse
