import time

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

from middleware.request_ids import REQUEST_ID_HEADER, incoming_or_new_id, server_timing


# region maintenance
def maintenance_mode(get_response):
    # Runs once, when Django builds the middleware chain at startup.
    def middleware(request: HttpRequest) -> HttpResponse:
        if getattr(settings, "MAINTENANCE_MODE", False):
            # Answer without calling the view: nothing below this middleware runs.
            return JsonResponse(
                {"detail": "Down for maintenance."},
                status=503,
                headers={"Retry-After": "120"},
            )
        return get_response(request)

    return middleware


# endregion maintenance


# region request-id
class RequestIdMiddleware:
    # Django runs this natively in both WSGI (sync) and ASGI (async) stacks: no thread
    # hop.
    sync_capable = True
    async_capable = True

    def __init__(self, get_response) -> None:
        self.get_response = get_response
        self.async_mode = iscoroutinefunction(get_response)
        if self.async_mode:
            markcoroutinefunction(self)  # tells Django to await this instance

    def __call__(self, request: HttpRequest):
        if self.async_mode:
            return self.__acall__(request)
        started = self.before(request)
        return self.after(request, self.get_response(request), started)

    async def __acall__(self, request: HttpRequest) -> HttpResponse:
        started = self.before(request)
        return self.after(request, await self.get_response(request), started)

    def before(self, request: HttpRequest) -> float:
        request.request_id = incoming_or_new_id(request.headers.get(REQUEST_ID_HEADER))
        return time.perf_counter()

    def after(
        self, request: HttpRequest, response: HttpResponse, started: float
    ) -> HttpResponse:
        response[REQUEST_ID_HEADER] = request.request_id
        response["Server-Timing"] = server_timing(started)
        return response


# endregion request-id
