"""The same routes as main.py, in an app that reports validation errors the way DRF does."""

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from validation.fastapi_app.main import router

app = FastAPI(title="Validation example with DRF-style errors")
app.include_router(router)


# region drf-style
@app.exception_handler(RequestValidationError)
async def drf_style_validation_errors(
    request: Request, exc: RequestValidationError
) -> JSONResponse:
    """400 and {"field": ["message", ...]}, like a DRF serializer; no input is echoed back."""
    errors: dict[str, list[str]] = {}
    for error in exc.errors():
        path = error["loc"][1:]  # drop "body", "query", ...
        field = ".".join(str(part) for part in path) or "non_field_errors"
        # added to ValueErrors from validators
        message = error["msg"].removeprefix("Value error, ")
        errors.setdefault(field, []).append(message)
    return JSONResponse(errors, status_code=status.HTTP_400_BAD_REQUEST)


# endregion drf-style
