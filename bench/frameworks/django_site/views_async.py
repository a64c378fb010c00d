"""Async views with Django's async ORM API, as served by uvicorn (ASGI)."""

import asyncio

from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from . import common
from .models import Item


@require_GET
async def fixed_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(common.FIXED_BODY)


@require_GET
async def item_detail(request: HttpRequest, item_id: int) -> JsonResponse:
    try:
        item = await Item.objects.aget(pk=item_id)
    except Item.DoesNotExist:
        raise Http404("No item matches the given query.") from None
    return JsonResponse(item.as_dict())


@require_GET
async def item_list(request: HttpRequest) -> JsonResponse:
    limit = common.parse_limit(request.GET.get("limit"))
    if limit is None:
        return common.invalid_limit()
    items = [item.as_dict() async for item in Item.objects.order_by("id")[:limit]]
    return JsonResponse(items, safe=False)


@require_GET
async def upstream(request: HttpRequest) -> JsonResponse:
    # frees the event loop, as an async HTTP client would
    await asyncio.sleep(common.UPSTREAM_DELAY)
    return JsonResponse({"waited_ms": round(common.UPSTREAM_DELAY * 1000)})


@require_POST
async def validate(request: HttpRequest) -> JsonResponse:
    return common.validate_order(request.body)
