import time

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from middleware.request_ids import REQUEST_ID_HEADER, incoming_or_new_id, server_timing


# region asgi
class RequestIdMiddleware:
    """Pure ASGI middleware: it wraps `send` and never touches the response body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # websocket and lifespan messages pass straight through
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = incoming_or_new_id(Headers(scope=scope).get(REQUEST_ID_HEADER))
        # read as request.state.request_id
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":  # the status line and headers
                headers = MutableHeaders(scope=message)
                headers[REQUEST_ID_HEADER] = request_id
                headers["Server-Timing"] = server_timing(started)
            await send(message)  # body chunks are forwarded as they come

        await self.app(scope, receive, send_with_headers)


# endregion asgi
