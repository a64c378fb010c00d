from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse


def stages(request: HttpRequest) -> list[str]:
    """The stages this request has passed so far, kept on the request itself."""
    if not hasattr(request, "stages"):
        request.stages = []
    return request.stages


# region trace
class TraceMiddleware:
    """Notes when it sees the request, the resolved view and the response."""

    name = "trace"

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        # Called once, at startup: get_response is the next middleware, or the view
        # layer.
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        stages(request).append(f"{self.name}: request")
        response = self.get_response(request)  # everything further in runs in this call
        stages(request).append(f"{self.name}: response")
        # the outermost one writes last
        response["X-Stages"] = " > ".join(stages(request))
        return response

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., Any], *args
    ) -> None:
        # After URL resolution, before the view; returning None lets the request go on.
        stages(request).append(f"{self.name}: view is {view_func.__name__}")


class OuterTrace(TraceMiddleware):
    name = "outer"


class InnerTrace(TraceMiddleware):
    name = "inner"


# endregion trace
