"""What replaces a post_save receiver: an explicit call after the commit, and why not a mapper event."""

import threading

import pytest
from sqlalchemy import event, func, insert, select

from data_modeling.fastapi_app import main
from data_modeling.fastapi_app.models import Author

ADA = {"email": "ada@example.com", "display_name": "Ada"}


@pytest.mark.asyncio
async def test_creating_an_author_sends_the_welcome_email_after_the_commit(
    client, empty_outbox
):
    response = await client.post("/authors", json=ADA)
    assert response.status_code == 201
    assert empty_outbox == [("ada@example.com", "Hello Ada!")]


@pytest.mark.asyncio
async def test_a_rejected_duplicate_sends_no_second_email(client, empty_outbox):
    await client.post("/authors", json=ADA)
    response = await client.post("/authors", json=ADA)
    assert response.status_code == 409
    assert len(empty_outbox) == 1


@pytest.mark.asyncio
async def test_the_plain_def_email_function_runs_off_the_event_loop_thread(
    client, monkeypatch
):
    threads: list[threading.Thread] = []
    send = main.send_welcome_email

    def send_and_record_thread(*args) -> None:
        threads.append(threading.current_thread())
        send(*args)

    monkeypatch.setattr(main, "send_welcome_email", send_and_record_thread)
    await client.post("/authors", json=ADA)
    assert len(threads) == 1
    # the test runs on the event loop's thread
    assert threads[0] is not threading.current_thread()


@pytest.fixture
def after_insert_calls():
    """Listens like a post_save receiver would, and stops listening after the test."""
    calls: list[str] = []

    def record(mapper, connection, target: Author) -> None:
        calls.append(target.email)

    event.listen(Author, "after_insert", record)
    yield calls
    event.remove(Author, "after_insert", record)


@pytest.mark.asyncio
async def test_a_mapper_event_runs_inside_the_flush_even_if_the_transaction_rolls_back(
    session_factory, after_insert_calls
):
    async with session_factory() as session:
        session.add(Author(**ADA))
        await session.flush()  # the INSERT, and the event with it, happen here
        assert after_insert_calls == ["ada@example.com"]
        await session.rollback()
        assert await session.scalar(select(func.count()).select_from(Author)) == 0
    # The listener ran for a row that was never committed: an email sent from it would
    # be wrong.
    assert after_insert_calls == ["ada@example.com"]


@pytest.mark.asyncio
async def test_a_bulk_insert_skips_mapper_events_as_bulk_create_skips_post_save(
    session_factory, after_insert_calls
):
    async with session_factory() as session:
        await session.execute(insert(Author), [ADA])
        await session.commit()
        assert await session.scalar(select(func.count()).select_from(Author)) == 1
    assert after_insert_calls == []
