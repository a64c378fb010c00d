"""Async views that look fine and fail: each one calls sync-only Django from the event loop."""

from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from async_concurrency.django_app.models import Account


# region mistakes
async def balance_with_the_sync_orm(request: HttpRequest, pk: int) -> JsonResponse:
    account = Account.objects.get(pk=pk)  # SynchronousOnlyOperation: use aget()
    return JsonResponse({"balance": account.balance})


async def deposit_in_atomic(request: HttpRequest, pk: int) -> JsonResponse:
    with transaction.atomic():  # SynchronousOnlyOperation: atomic() is sync-only
        account = await Account.objects.aget(pk=pk)
        account.balance += 100
        await account.asave(update_fields=["balance"])
    return JsonResponse({"balance": account.balance})


async def statement_with_a_lazy_queryset(request: HttpRequest, pk: int) -> HttpResponse:
    account = await Account.objects.aget(pk=pk)
    entries = account.entries.order_by("id")  # not run yet: the template would run it
    context = {"account": account, "entries": entries}
    return render(request, "async_concurrency/statement.html", context)


# endregion mistakes
