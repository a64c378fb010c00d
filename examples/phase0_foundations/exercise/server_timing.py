import time
from collections.abc import Callable
from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse


# region server_timing
class QueryTimer:
    """An execute_wrapper: Django calls it around every SQL statement on the connection."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0

    def __call__(
        self, execute: Callable[..., Any], sql: str, params, many, context
    ) -> Any:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.count += 1
            self.seconds += time.perf_counter() - started


class ServerTimingMiddleware:
    """Adds Server-Timing: total time and database time with the number of queries."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        timer = QueryTimer()
        started = time.perf_counter()
        with connection.execute_wrapper(timer):
            response = self.get_response(request)
        total_ms = (time.perf_counter() - started) * 1000
        db_ms = timer.seconds * 1000
        response["Server-Timing"] = (
            f'app;dur={total_ms:.1f}, db;dur={db_ms:.1f};desc="queries: {timer.count}"'
        )
        return response


# endregion server_timing
