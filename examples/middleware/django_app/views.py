from django.http import HttpRequest, JsonResponse


# region views
def hello(request: HttpRequest) -> JsonResponse:
    # set by RequestIdMiddleware
    return JsonResponse({"request_id": request.request_id})


async def hello_async(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"request_id": request.request_id})


def report(request: HttpRequest) -> JsonResponse:
    # Large and repetitive: worth compressing.
    return JsonResponse({"rows": [{"id": n, "status": "ok"} for n in range(100)]})


def boom(request: HttpRequest) -> JsonResponse:
    raise RuntimeError("something broke")


# endregion views
