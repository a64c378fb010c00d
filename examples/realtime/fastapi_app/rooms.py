from collections import defaultdict
from typing import Any

from fastapi import WebSocket


# region rooms
class Rooms:
    """The sockets connected to this process, grouped by room."""

    def __init__(self) -> None:
        self.members: dict[str, set[WebSocket]] = defaultdict(set)

    async def join(self, room: str, websocket: WebSocket) -> None:
        await websocket.accept()
        self.members[room].add(websocket)

    def leave(self, room: str, websocket: WebSocket) -> None:
        self.members[room].discard(websocket)
        if not self.members[room]:
            del self.members[room]  # no empty rooms left behind

    async def send(self, room: str, message: dict[str, Any]) -> None:
        # A copy: a socket may leave while we are awaiting another one's send.
        for websocket in list(self.members.get(room, ())):
            await websocket.send_json(message)


# endregion rooms
