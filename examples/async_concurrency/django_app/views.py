import asyncio
import json

from asgiref.sync import sync_to_async
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import aget_object_or_404, render

from async_concurrency.django_app.ledger import InsufficientFunds, transfer
from async_concurrency.django_app.models import Account
from async_concurrency.rates import RATES, fetch_rate, fetch_rate_blocking
from async_concurrency.upstreams import client_for, order_service, profile_service


# region rates
async def rate_blocking(request: HttpRequest, currency: str) -> JsonResponse:
    # a sync client inside async def: the loop stops here
    rate = fetch_rate_blocking(currency)
    return JsonResponse({"currency": currency, "rate": rate})


async def rate_offloaded(request: HttpRequest, currency: str) -> JsonResponse:
    # waits in a worker thread
    rate = await sync_to_async(fetch_rate_blocking)(currency)
    return JsonResponse({"currency": currency, "rate": rate})


def rate_sync(request: HttpRequest, currency: str) -> JsonResponse:
    # a sync view: under ASGI, Django runs it in a thread
    rate = fetch_rate_blocking(currency)
    return JsonResponse({"currency": currency, "rate": rate})


async def rate_async(request: HttpRequest, currency: str) -> JsonResponse:
    rate = await fetch_rate(currency)  # an async client: nothing blocks
    return JsonResponse({"currency": currency, "rate": rate})


# endregion rates


# region orm
async def account_detail(request: HttpRequest, pk: int) -> JsonResponse:
    account = await aget_object_or_404(Account, pk=pk)
    entries = [entry.amount async for entry in account.entries.order_by("id")]
    return JsonResponse(
        {"owner": account.owner, "balance": account.balance, "entries": entries}
    )


async def transfer_view(request: HttpRequest) -> JsonResponse:
    payload = json.loads(request.body)
    try:
        # atomic() has no async form: the whole transaction runs as one sync call in a
        # thread.
        await sync_to_async(transfer)(
            payload["source"], payload["target"], payload["amount"]
        )
    except InsufficientFunds as error:
        return JsonResponse({"detail": str(error)}, status=409)
    except Account.DoesNotExist:
        return JsonResponse({"detail": "No such account"}, status=404)
    return JsonResponse({"status": "done"})


# endregion orm


# region template
async def statement(request: HttpRequest, pk: int) -> HttpResponse:
    account = await aget_object_or_404(Account, pk=pk)
    # Run the query here, with async for: the template engine is sync and must not run
    # SQL.
    entries = [entry async for entry in account.entries.order_by("id")]
    context = {"account": account, "entries": entries}
    return render(request, "async_concurrency/statement.html", context)


# endregion template


# region gather
async def fetch_dashboard(user_id: int) -> dict[str, object]:
    async with (
        client_for(profile_service) as profiles,
        client_for(order_service) as orders,
    ):
        # both requests are in flight together
        profile, orders_response = await asyncio.gather(
            profiles.get(f"/profiles/{user_id}"),
            orders.get("/orders", params={"user_id": user_id}),
        )
    return {"profile": profile.json(), "orders": orders_response.json()}


async def dashboard(request: HttpRequest, user_id: int) -> JsonResponse:
    return JsonResponse(await fetch_dashboard(user_id))


# endregion gather


# region thread_sensitive
async def rate_table(request: HttpRequest) -> JsonResponse:
    # thread_sensitive=False lets the lookups run in parallel threads. Safe here because
    # the client never touches the ORM or other thread-bound state; the default (True)
    # would run them one after another in the request's single sync thread.
    lookup = sync_to_async(fetch_rate_blocking, thread_sensitive=False)
    rates = await asyncio.gather(*(lookup(currency) for currency in RATES))
    return JsonResponse(dict(zip(RATES, rates, strict=True)))


# endregion thread_sensitive
