"""Async views with Django's async ORM API, as served by uvicorn (ASGI)."""

import asyncio

from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .common import FIXED_BODY, UPSTREAM_DELAY, invalid_limit, parse_limit, validate_order
from .models import Item


@require_GET
async def fixed_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(FIXED_BODY)


@require_GET
async def item_detail(request: HttpRequest, item_id: int) -> JsonResponse:
    try:
        item = await Item.objects.aget(pk=item_id)
    except Item.DoesNotExist:
        raise Http404("No item matches the given query.")
    return JsonResponse(item.as_dict())


@require_GET
async def item_list(request: HttpRequest) -> JsonResponse:
    limit = parse_limit(request.GET.get("limit"))
    if limit is None:
        return invalid_limit()
    items = [item.as_dict() async for item in Item.objects.order_by("id")[:limit]]
    return JsonResponse(items, safe=False)


@require_GET
async def upstream(request: HttpRequest) -> JsonResponse:
    await asyncio.sleep(UPSTREAM_DELAY)  # frees the event loop, as an async HTTP client would
    return JsonResponse({"waited_ms": round(UPSTREAM_DELAY * 1000)})


@require_POST
async def validate(request: HttpRequest) -> JsonResponse:
    return validate_order(request.body)
