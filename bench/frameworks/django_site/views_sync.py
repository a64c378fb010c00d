"""Plain synchronous views, as served by gunicorn's sync workers."""

import time

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from . import common
from .models import Item


@require_GET
def fixed_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(common.FIXED_BODY)


@require_GET
def item_detail(request: HttpRequest, item_id: int) -> JsonResponse:
    return JsonResponse(get_object_or_404(Item, pk=item_id).as_dict())


@require_GET
def item_list(request: HttpRequest) -> JsonResponse:
    limit = common.parse_limit(request.GET.get("limit"))
    if limit is None:
        return common.invalid_limit()
    items = Item.objects.order_by("id")[:limit]
    return JsonResponse([item.as_dict() for item in items], safe=False)


@require_GET
def upstream(request: HttpRequest) -> JsonResponse:
    time.sleep(
        common.UPSTREAM_DELAY
    )  # blocks this worker, as a blocking HTTP client would
    return JsonResponse({"waited_ms": round(common.UPSTREAM_DELAY * 1000)})


@require_POST
def validate(request: HttpRequest) -> JsonResponse:
    return common.validate_order(request.body)
