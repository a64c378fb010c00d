import gc
import os

import pytest
import pytest_asyncio
from sqlalchemy import event, select, text
from sqlalchemy.exc import MissingGreenlet, StatementError
from sqlalchemy.ext.asyncio import AsyncSession

from async_concurrency import upstreams
from async_concurrency.fastapi_app import accounts as accounts_module
from async_concurrency.fastapi_app import dashboard, db
from async_concurrency.fastapi_app.models import Account, Entry
from exchanges import record


@pytest_asyncio.fixture
async def accounts(session_factory) -> tuple[int, int]:
    async with session_factory() as session, session.begin():
        ada, grace = (
            Account(owner="Ada", balance=1000),
            Account(owner="Grace", balance=0),
        )
        session.add_all([ada, grace])
    return ada.id, grace.id


async def balances(session_factory) -> list[int]:
    async with session_factory() as session:
        return list(await session.scalars(select(Account.balance).order_by(Account.id)))


@pytest.mark.asyncio
async def test_transfer_commits_both_sides(fastapi_client, session_factory, accounts):
    ada, grace = accounts
    response = await fastapi_client.post(
        "/transfers", json={"source": ada, "target": grace, "amount": 250}
    )
    assert response.status_code == 200 and response.json() == {"status": "done"}
    assert await balances(session_factory) == [750, 250]
    detail = await fastapi_client.get(f"/accounts/{ada}")
    assert detail.json() == {"owner": "Ada", "balance": 750, "entries": [-250]}


@pytest.mark.asyncio
async def test_a_failed_transfer_is_rolled_back(
    fastapi_client, session_factory, accounts
):
    ada, grace = accounts
    unknown_target = await fastapi_client.post(
        "/transfers", json={"source": ada, "target": 999, "amount": 100}
    )
    assert unknown_target.status_code == 404
    too_much = await fastapi_client.post(
        "/transfers", json={"source": grace, "target": ada, "amount": 1}
    )
    assert too_much.status_code == 409
    record("async_concurrency/fastapi-insufficient-funds", too_much)
    unknown_source = await fastapi_client.post(
        "/transfers", json={"source": 999, "target": ada, "amount": 1}
    )
    assert unknown_source.status_code == 404
    assert await balances(session_factory) == [1000, 0]
    async with session_factory() as session:
        assert await session.scalar(select(Entry).limit(1)) is None
    assert (await fastapi_client.get("/accounts/999")).status_code == 404


@pytest.mark.asyncio
async def test_both_directions_lock_the_accounts_in_primary_key_order(
    fastapi_client, session_factory, accounts
):
    ada, grace = accounts  # ada has the smaller primary key
    locked: list[int] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.startswith("SELECT") and "FROM accounts" in statement:
            locked.append(parameters[0])  # the id this SELECT (FOR UPDATE) asks for

    engine = session_factory.kw["bind"].sync_engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        for source, target in [(ada, grace), (grace, ada)]:
            body = {"source": source, "target": target, "amount": 10}
            assert (
                await fastapi_client.post("/transfers", json=body)
            ).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert locked == [ada, grace, ada, grace]  # the same order both ways: no deadlock


@pytest.mark.asyncio
async def test_a_failure_after_the_balances_changed_rolls_everything_back(
    fastapi_client, session_factory, accounts, monkeypatch
):
    def broken_entry(**fields) -> Entry:
        raise RuntimeError("the ledger write failed")

    monkeypatch.setattr(accounts_module, "Entry", broken_entry)
    ada, grace = accounts
    with pytest.raises(RuntimeError, match="ledger write"):
        body = {"source": ada, "target": grace, "amount": 250}
        await fastapi_client.post("/transfers", json=body)
    # both balance changes were undone
    assert await balances(session_factory) == [1000, 0]


@pytest.mark.asyncio
async def test_lazy_loading_in_async_code_raises_missing_greenlet(
    fastapi_client, accounts
):
    # SQLAlchemy 2.1 wraps it with the SQL
    with pytest.raises(StatementError) as caught:
        await fastapi_client.get(f"/mistakes/accounts/{accounts[0]}/entries")
    assert isinstance(caught.value.orig, MissingGreenlet)
    assert "(sqlalchemy.exc.MissingGreenlet)" in str(caught.value)
    assert "FROM entries" in caught.value.statement  # the lazy load of account.entries
    # The driver call the lazy load prepared was never awaited; Python says so when it
    # goes.
    with pytest.warns(RuntimeWarning, match="'Connection.cursor' was never awaited"):
        del caught
        gc.collect()


@pytest.mark.asyncio
async def test_gather_has_both_upstream_calls_in_flight(fastapi_client):
    response = await fastapi_client.get("/dashboard/7")
    assert response.json()["profile"] == {"id": 7, "name": "User 7"}
    assert upstreams.calls.peak == 2


@pytest.mark.asyncio
async def test_awaiting_one_by_one_never_overlaps(fastapi_client):
    response = await fastapi_client.get("/dashboard/7/one-by-one")
    assert len(response.json()["orders"]) == 2
    assert upstreams.calls.peak == 1


@pytest.mark.asyncio
async def test_the_deadline_cancels_both_calls_and_their_cleanup_runs(
    fastapi_client, monkeypatch
):
    # upstreams that never answer
    monkeypatch.setattr(upstreams, "UPSTREAM_SECONDS", 3600)
    monkeypatch.setattr(dashboard, "DASHBOARD_TIMEOUT", 0.05)
    response = await fastapi_client.get("/dashboard/7")
    assert response.status_code == 504
    assert response.json() == {"detail": "An upstream service was too slow"}
    record("async_concurrency/fastapi-deadline", response)
    assert (
        upstreams.calls.peak,
        upstreams.calls.cancelled,
        upstreams.calls.current,
    ) == (2, 2, 0)


@pytest.mark.asyncio
async def test_cpu_work_can_move_to_a_thread_or_another_process(fastapi_client):
    expected = {"limit": 100, "primes": 25}
    on_the_loop = (await fastapi_client.get("/primes/on-the-loop/100")).json()
    in_a_thread = (await fastapi_client.get("/primes/in-a-thread/100")).json()
    in_a_process = (await fastapi_client.get("/primes/in-a-process/100")).json()
    for result in (on_the_loop, in_a_thread, in_a_process):
        assert {key: result[key] for key in expected} == expected
    # one process, one GIL
    assert on_the_loop["pid"] == in_a_thread["pid"] == os.getpid()
    assert in_a_process["pid"] != os.getpid()


@pytest.mark.asyncio
async def test_get_session_yields_a_working_session(monkeypatch, session_factory):
    monkeypatch.setattr(db, "SessionFactory", session_factory)
    async for session in db.get_session():
        assert isinstance(session, AsyncSession)
        assert (await session.execute(text("select 1"))).scalar() == 1


@pytest.mark.asyncio
async def test_asgi_transport_alone_does_not_run_the_lifespan(monkeypatch):
    from httpx import ASGITransport, AsyncClient
    from starlette.datastructures import State

    from async_concurrency.fastapi_app.main import app

    # as in a fresh process: nothing set up yet
    monkeypatch.setattr(app, "state", State())
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        # app.state was never filled
        with pytest.raises(AttributeError, match="profiles"):
            await client.get("/dashboard/7")
