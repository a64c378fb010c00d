"""What the sync and async views share: the fixed body, the upstream delay, request parsing."""

import json
import os

from django.http import JsonResponse

from .serializers import OrderSerializer, order_summary

FIXED_BODY = {"message": "Hello, World!", "status": "ok", "version": 1}
# Stand-in for a slow upstream service: each request waits this long without using the CPU.
UPSTREAM_DELAY = float(os.environ.get("BENCH_UPSTREAM_DELAY_MS", "50")) / 1000
MAX_LIMIT = 100


def parse_limit(raw: str | None) -> int | None:
    """The ?limit= value, 1 to 100 (default 20), or None when it is not valid."""
    if raw is None:
        return 20
    try:
        limit = int(raw)
    except ValueError:
        return None
    return limit if 1 <= limit <= MAX_LIMIT else None


def invalid_limit() -> JsonResponse:
    return JsonResponse(
        {"detail": f"limit must be an integer from 1 to {MAX_LIMIT}"}, status=422
    )


def validate_order(body: bytes) -> JsonResponse:
    """Validates an order (CPU only, no I/O) and answers 200 with its summary or 422."""
    try:
        data = json.loads(body)
    except ValueError:
        return JsonResponse({"detail": "invalid JSON"}, status=422)
    serializer = OrderSerializer(data=data)
    if not serializer.is_valid():
        return JsonResponse(serializer.errors, status=422)
    return JsonResponse(order_summary(serializer.validated_data))
