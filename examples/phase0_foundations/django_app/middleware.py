import re
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

# region request_id
# Reuse the caller's id only if it is short and plain: it ends up in logs and in a
# header.
ACCEPTABLE_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


class RequestIDMiddleware:
    """Gives every request an id that the view, the logs and the client all see."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        acceptable = ACCEPTABLE_ID.fullmatch(incoming)
        request.request_id = incoming if acceptable else uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        return response


# endregion request_id
