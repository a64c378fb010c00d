"""RFC 9457 problem details for the Django, DRF and FastAPI examples: no framework imports."""

from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

PROBLEM_JSON = "application/problem+json"


@dataclass(frozen=True)
class ProblemType:
    uri: str  # where a human can read what the problem means
    title: str  # the same for every occurrence of the problem


OUT_OF_STOCK = ProblemType("https://example.com/problems/out-of-stock", "Out of stock")
INVALID_REQUEST = ProblemType(
    "https://example.com/problems/invalid-request", "Invalid request"
)

# One wording for both frameworks, keyed by DRF's error code and by Pydantic's error
# type.
FIELD_MESSAGES = {
    "required": "This field is required.",
    "missing": "This field is required.",
    "min_value": "This value is too small.",
    "greater_than_equal": "This value is too small.",
    "max_value": "This value is too large.",
    "less_than_equal": "This value is too large.",
}


def problem(
    status: int,
    detail: str,
    instance: str,
    kind: ProblemType | None = None,
    **extensions: Any,
) -> dict[str, Any]:
    """A problem details object; without a kind: "about:blank" and the status phrase."""
    return {
        "type": kind.uri if kind else "about:blank",
        "title": kind.title if kind else HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": instance,
        **extensions,
    }


def field_error(pointer: str, code: str, message: str) -> dict[str, str]:
    """One "errors" entry; a code without a shared wording keeps the library's message."""
    return {"pointer": pointer, "detail": FIELD_MESSAGES.get(code, message)}
