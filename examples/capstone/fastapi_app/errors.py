from typing import Any

from fastapi import Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException


# region drf_errors
def drf_message(error: dict[str, Any]) -> str:
    """The message DRF would give for the same mistake, so clients see one contract."""
    context = error.get("ctx", {})
    match error["type"]:
        case "missing":
            return "This field is required."
        case "string_too_short":
            return "This field may not be blank."
        case "string_too_long":
            return f"Ensure this field has no more than {context['max_length']} characters."
        case "literal_error":
            return f'"{error["input"]}" is not a valid choice.'
        case "string_type":
            return "Not a valid string."
        # the text patterns in schemas.py forbid only NUL
        case "string_pattern_mismatch":
            return "Null characters are not allowed."
        case _:
            return error["msg"]


async def drf_style_validation_error(
    request: Request, exc: RequestValidationError
) -> JSONResponse:
    """400 with {"field": ["message", ...]} instead of FastAPI's 422 list of errors."""
    fields: dict[str, list[str]] = {}
    for error in exc.errors():
        field = str(error["loc"][-1]) if len(error["loc"]) > 1 else "non_field_errors"
        fields.setdefault(field, []).append(drf_message(error))
    return JSONResponse(fields, status_code=status.HTTP_400_BAD_REQUEST)


# endregion drf_errors


async def allow_documented_methods(
    request: Request, exc: HTTPException
) -> JSONResponse:
    """A 405 whose Allow header names every method of the path.

    FastAPI makes one route per method and Starlette answers a wrong method from the first
    route whose path matched, so /api/messages/1/ would say `Allow: GET` only.
    """
    path = request.scope["route"].path_format
    methods = request.app.openapi()["paths"][path]
    allow = ", ".join(method.upper() for method in methods)
    return JSONResponse(
        {"detail": exc.detail}, status_code=405, headers={"Allow": allow}
    )
