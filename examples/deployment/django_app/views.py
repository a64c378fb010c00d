from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.urls import reverse


# region health
def liveness(request: HttpRequest) -> JsonResponse:
    """The process is up and serving. No database: an outage must not restart every replica."""
    return JsonResponse({"status": "ok"})


def readiness(request: HttpRequest) -> JsonResponse:
    """Send traffic here only if the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse(
            {"status": "unavailable", "database": "unreachable"}, status=503
        )
    return JsonResponse({"status": "ok", "database": "ok"})


# endregion health


# region item
def read_item(request: HttpRequest, item_id: int) -> JsonResponse:
    """What Django believes about the request; the proxy settings decide it."""
    return JsonResponse(
        {
            "id": item_id,
            "url": request.build_absolute_uri(reverse("read-item", args=[item_id])),
            "secure": request.is_secure(),
            "client": request.META.get("REMOTE_ADDR"),
        }
    )


# endregion item
