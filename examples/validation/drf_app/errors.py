from collections.abc import Iterator
from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler


# region fastapi-style
def fastapi_style_exception_handler(exc: Exception, context: dict) -> Response | None:
    """DRF's handler, with validation errors reported the way FastAPI does (422, a list)."""
    response = exception_handler(exc, context)
    if isinstance(exc, ValidationError) and response is not None:
        response.status_code = 422
        response.data = {
            "detail": list(fastapi_style_errors(exc.get_full_details(), ["body"]))
        }
    return response


def fastapi_style_errors(details: Any, loc: list) -> Iterator[dict]:
    """Flatten DRF's nested error details into {"type", "loc", "msg"} items."""
    if isinstance(details, list):  # the errors of one field
        for item in details:
            yield from fastapi_style_errors(item, loc)
    elif "code" in details:
        yield {"type": details["code"], "loc": loc, "msg": str(details["message"])}
    else:  # keyed by field name, or by index (int) for many=True items since DRF 3.18
        for field, value in details.items():
            object_level = field == api_settings.NON_FIELD_ERRORS_KEY
            yield from fastapi_style_errors(
                value, loc if object_level else [*loc, field]
            )


# endregion fastapi-style
