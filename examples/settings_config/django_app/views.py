from django.conf import settings
from django.http import HttpRequest, JsonResponse


# region status
def status(request: HttpRequest) -> JsonResponse:
    # Read per request, so tests can override it; getattr() gives a
    # default, as for any setting a project may not define.
    if getattr(settings, "MAINTENANCE_MODE", False):
        body = {"detail": "Down for maintenance."}
        return JsonResponse(body, status=503)
    data = {"debug": settings.DEBUG, "time_zone": settings.TIME_ZONE}
    return JsonResponse(data)


# endregion status
