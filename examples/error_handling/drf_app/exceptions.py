from rest_framework import status
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler

from error_handling.problems import (
    INVALID_REQUEST,
    OUT_OF_STOCK,
    PROBLEM_JSON,
    field_error,
    problem,
)


# region out-of-stock
class OutOfStock(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "Not enough stock for this reservation."
    default_code = "out_of_stock"
    problem_type = OUT_OF_STOCK  # read by problem_exception_handler


# endregion out-of-stock


# region handler
def problem_exception_handler(exc: Exception, context: dict) -> Response | None:
    # DRF's own: Http404 to NotFound, headers, rollback
    response = exception_handler(exc, context)
    if response is None:
        return None  # not an API error: Django's handler500 answers
    instance = context["request"].path
    if isinstance(exc, ValidationError):
        errors = [
            field_error(f"#/{field}", error["code"], str(error["message"]))
            for field, field_errors in exc.get_full_details().items()
            for error in field_errors
        ]
        response.status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
        detail = "The request is not valid."
        response.data = problem(422, detail, instance, INVALID_REQUEST, errors=errors)
    else:
        kind = getattr(exc, "problem_type", None)
        response.data = problem(
            response.status_code, str(response.data["detail"]), instance, kind
        )
    response.content_type = PROBLEM_JSON
    return response


# endregion handler
