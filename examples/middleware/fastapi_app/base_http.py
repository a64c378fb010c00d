import time

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response

from middleware.request_ids import REQUEST_ID_HEADER, incoming_or_new_id, server_timing


# region base-http
class RequestIdHTTPMiddleware(BaseHTTPMiddleware):
    """The same job as RequestIdMiddleware, written against Request and Response."""

    async def dispatch(
        self, request: Request, call_next: RequestResponseEndpoint
    ) -> Response:
        started = time.perf_counter()
        request.state.request_id = incoming_or_new_id(
            request.headers.get(REQUEST_ID_HEADER)
        )
        # call_next runs the app in another task and hands back a streaming wrapper of
        # its response.
        response = await call_next(request)
        response.headers[REQUEST_ID_HEADER] = request.state.request_id
        response.headers["Server-Timing"] = server_timing(started)
        return response


# endregion base-http
