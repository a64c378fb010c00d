import threading

import pytest
from asgiref.sync import async_to_sync
from django.core.exceptions import SynchronousOnlyOperation
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save
from httpx2 import ASGITransport, AsyncClient
from rest_framework.test import APIClient

from async_concurrency import upstreams
from async_concurrency.django_app import ledger
from async_concurrency.django_app.models import Account, Entry
from exchanges import record

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("async_concurrency.django_app.urls"),
]


@pytest.fixture
def accounts() -> tuple[Account, Account]:
    return Account.objects.create(owner="Ada", balance=1000), Account.objects.create(
        owner="Grace", balance=0
    )


def test_migrations_match_the_models():
    call_command(
        "makemigrations", "async_concurrency", "--check", "--dry-run", verbosity=0
    )


def test_async_view_reads_with_the_async_orm(
    client, accounts, django_assert_num_queries
):
    ada, _ = accounts
    Entry.objects.create(account=ada, amount=1000)
    with django_assert_num_queries(2):  # aget_object_or_404, then the async for
        response = client.get(f"/accounts/{ada.pk}/")
    assert response.json() == {"owner": "Ada", "balance": 1000, "entries": [1000]}
    assert client.get("/accounts/999/").status_code == 404


@pytest.mark.parametrize("path", ["/transfers/", "/api/transfers/"])
def test_transfer_moves_money_in_one_transaction(client, accounts, path):
    ada, grace = accounts
    response = client.post(
        path,
        {"source": ada.pk, "target": grace.pk, "amount": 250},
        content_type="application/json",
    )
    assert response.status_code == 200 and response.json() == {"status": "done"}
    assert [Account.objects.get(pk=a.pk).balance for a in accounts] == [750, 250]
    assert sorted(Entry.objects.values_list("amount", flat=True)) == [-250, 250]


@pytest.mark.parametrize("path", ["/transfers/", "/api/transfers/"])
def test_a_failed_transfer_leaves_no_trace(client, accounts, path):
    ada, grace = accounts
    unknown_target = client.post(
        path,
        {"source": ada.pk, "target": 999, "amount": 100},
        content_type="application/json",
    )
    assert unknown_target.status_code == 404
    too_much = client.post(
        path,
        {"source": grace.pk, "target": ada.pk, "amount": 1},
        content_type="application/json",
    )
    assert too_much.status_code == 409
    name = "django" if path == "/transfers/" else "drf"
    record(f"async_concurrency/{name}-insufficient-funds", too_much)
    assert Account.objects.get(pk=ada.pk).balance == 1000
    assert not Entry.objects.exists()


def test_both_directions_lock_the_accounts_in_primary_key_order(accounts):
    ada, grace = accounts  # ada has the smaller primary key
    locked: list[int] = []

    def record(execute, sql, params, many, context):
        if sql.startswith("SELECT") and "async_concurrency_account" in sql:
            locked.append(params[0])  # the pk this SELECT ... FOR UPDATE asks for
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        ledger.transfer(ada.pk, grace.pk, 10)
        ledger.transfer(grace.pk, ada.pk, 10)
    assert locked == [ada.pk, grace.pk, ada.pk, grace.pk]  # the same order: no deadlock


def test_a_failure_after_the_balances_changed_rolls_everything_back(
    accounts, monkeypatch
):
    ada, grace = accounts

    def broken_create(**fields):
        raise RuntimeError("the ledger write failed")

    monkeypatch.setattr(ledger.Entry.objects, "create", broken_create)
    with pytest.raises(RuntimeError, match="ledger write"):
        ledger.transfer(ada.pk, grace.pk, 250)
    assert [Account.objects.get(pk=a.pk).balance for a in accounts] == [1000, 0]


def test_drf_validates_the_transfer_input(accounts):
    response = APIClient().post(
        "/api/transfers/", {"source": 1, "target": 2, "amount": 0}, format="json"
    )
    assert response.status_code == 400 and "amount" in response.json()


def test_template_gets_rows_already_fetched(client, accounts):
    ada, _ = accounts
    Entry.objects.create(account=ada, amount=1000)
    response = client.get(f"/accounts/{ada.pk}/statement/")
    assert response.status_code == 200
    assert b"<h1>Ada</h1>" in response.content and b"<li>1000</li>" in response.content


@pytest.mark.parametrize(
    "path",
    ["/mistakes/balance/{pk}/", "/mistakes/deposit/{pk}/", "/mistakes/statement/{pk}/"],
)
def test_sync_only_django_inside_async_views_raises(client, accounts, path):
    with pytest.raises(SynchronousOnlyOperation, match="use a thread or sync_to_async"):
        client.get(path.format(pk=accounts[0].pk))
    # the deposit never happened
    assert Account.objects.get(pk=accounts[0].pk).balance == 1000


def test_asave_sends_post_save_from_a_worker_thread(accounts):
    """Model signals stay sync: asave() runs save(), and its receivers, in a thread."""
    receiver_threads = []

    def record_thread(sender, instance, **kwargs):
        receiver_threads.append(threading.get_ident())

    async def rename() -> int:
        account = await Account.objects.aget(owner="Ada")
        account.owner = "Ada L."
        await account.asave()
        return threading.get_ident()

    post_save.connect(record_thread, sender=Account)
    try:
        loop_thread = async_to_sync(rename)()
    finally:
        post_save.disconnect(record_thread, sender=Account)
    assert receiver_threads and receiver_threads[0] != loop_thread


@pytest.mark.parametrize("path", ["/dashboard/7/", "/api/dashboard/7/"])
def test_dashboards_call_both_upstreams_at_once(client, path):
    response = client.get(path)
    assert response.json() == {
        "profile": {"id": 7, "name": "User 7"},
        "orders": [{"id": 1, "user_id": 7}, {"id": 2, "user_id": 7}],
    }
    # gather: both requests were waiting at the same moment
    assert upstreams.calls.peak == 2


@pytest.mark.asyncio
async def test_the_asgi_module_serves_the_project(settings):
    settings.ROOT_URLCONF = "async_concurrency.django_app.urls"
    from async_concurrency.django_app.asgi import application

    async with AsyncClient(
        transport=ASGITransport(app=application), base_url="http://testserver"
    ) as client:
        response = await client.get("/rates/async/EUR/")
    assert response.json() == {"currency": "EUR", "rate": 1.0}
