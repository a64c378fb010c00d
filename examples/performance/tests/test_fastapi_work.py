"""Work per request, counted: queries sent, and Python-level encoder calls. No timings."""

import json

import fastapi.encoders
import fastapi.routing
import pydantic_core
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from performance.fastapi_app import db
from performance.fastapi_app.querycount import count_queries
from performance.fastapi_app.schemas import BookList, BookRead

EXPECTED_FIRST = {"id": 1, "title": "Book 1a", "year": 2001, "author_name": "Author 1"}


@pytest.fixture
def encoder_calls(monkeypatch) -> list[object]:
    """Every call of jsonable_encoder, including its recursive calls into nested values."""
    calls: list[object] = []
    original = fastapi.encoders.jsonable_encoder

    def counting(obj, *args, **kwargs):
        calls.append(obj)
        return original(obj, *args, **kwargs)

    monkeypatch.setattr(fastapi.encoders, "jsonable_encoder", counting)
    monkeypatch.setattr(fastapi.routing, "jsonable_encoder", counting)
    return calls


@pytest.mark.asyncio
async def test_lazy_loading_costs_a_query_per_new_author(fastapi_client, engine):
    with count_queries(engine) as statements:
        response = await fastapi_client.get("/books/n-plus-one")
    assert response.json()[0] == EXPECTED_FIRST
    assert len(response.json()) == 6
    # 1 for the books + 1 per distinct author: the identity map serves the repeats.
    assert len(statements) == 1 + 3


@pytest.mark.asyncio
async def test_selectinload_costs_two_queries_whatever_the_row_count(
    fastapi_client, engine
):
    with count_queries(engine) as statements:
        response = await fastapi_client.get("/books")
    assert len(response.json()) == 6
    assert len(statements) == 2
    assert "IN" in statements[1]  # SELECT ... FROM authors WHERE authors.id IN (...)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("path", "expected_encoder_calls"),
    [
        ("/books", 0),  # response model: Pydantic's compiled serializer does the work
        ("/books/json", 0),  # a ready Response: FastAPI passes it through
        # the list, each dict, each key and each value
        ("/books/dicts", 1 + 6 + 6 * 4 * 2),
    ],
)
async def test_python_level_encoding_per_response(
    fastapi_client, encoder_calls, path, expected_encoder_calls
):
    response = await fastapi_client.get(path)
    assert response.headers["content-type"] == "application/json"
    assert response.json()[0] == EXPECTED_FIRST and len(response.json()) == 6
    assert len(encoder_calls) == expected_encoder_calls


@pytest.mark.asyncio
async def test_the_three_responses_carry_the_same_json(fastapi_client):
    bodies = [
        (await fastapi_client.get(path)).json()
        for path in ("/books", "/books/json", "/books/dicts")
    ]
    assert bodies[0] == bodies[1] == bodies[2]


@pytest.mark.asyncio
async def test_a_returned_response_is_not_serialised_again(fastapi_client, monkeypatch):
    dumps_calls: list[object] = []
    original = json.dumps

    def counting_dumps(obj, *args, **kwargs):
        dumps_calls.append(obj)
        return original(obj, *args, **kwargs)

    monkeypatch.setattr(json, "dumps", counting_dumps)
    await fastapi_client.get("/books/json")
    assert dumps_calls == []  # the bytes came from BookList.dump_json, in Rust
    await fastapi_client.get("/ping")
    assert dumps_calls == []  # FastAPI 0.130+: a return type is dumped by Pydantic too
    await fastapi_client.get("/books/dicts")
    assert len(dumps_calls) == 1  # no response model: a JSONResponse calls json.dumps


def test_the_response_model_still_documents_the_raw_response():
    from performance.fastapi_app.main import app

    responses = app.openapi()["paths"]["/books/json"]["get"]["responses"]
    schema = responses["200"]["content"]["application/json"]["schema"]
    assert schema["type"] == "array" and schema["items"] == {
        "$ref": "#/components/schemas/BookRead"
    }


def test_pydantic_validates_and_serialises_with_its_compiled_core():
    assert isinstance(BookRead.__pydantic_validator__, pydantic_core.SchemaValidator)
    assert isinstance(BookList.serializer, pydantic_core.SchemaSerializer)
    book = BookRead(id=1, title="Book 1a", year=2001, author_name="Author 1")
    assert json.loads(book.model_dump_json()) == EXPECTED_FIRST
    assert (
        BookList.dump_json([book])
        == b'[{"id":1,"title":"Book 1a","year":2001,"author_name":"Author 1"}]'
    )


@pytest.mark.asyncio
async def test_ping_touches_no_database(fastapi_client, engine):
    with count_queries(engine) as statements:
        response = await fastapi_client.get("/ping")
    assert response.json() == {"ok": True}
    assert statements == []


@pytest.mark.asyncio
async def test_get_session_yields_a_working_session(monkeypatch, engine):
    from sqlalchemy.ext.asyncio import async_sessionmaker

    monkeypatch.setattr(db, "SessionFactory", async_sessionmaker(engine))
    async for session in db.get_session():
        assert isinstance(session, AsyncSession)
        assert (await session.execute(text("select 1"))).scalar() == 1


def test_a_bare_fastapi_app_has_five_middleware_layers():
    from fastapi import FastAPI
    from starlette.routing import Router

    layer, names = FastAPI().build_middleware_stack(), []
    while not isinstance(layer, Router):  # the router sits under the last middleware
        names.append(type(layer).__name__)
        layer = layer.app
    assert names == [
        "ServerErrorMiddleware",  # Starlette: the 500 response
        "ExceptionTelemetryMiddleware",  # FastAPI: reports exceptions to OpenTelemetry
        "AppBodyLimitMiddleware",  # FastAPI: enforces FastAPI(max_body_size=...)
        "ExceptionMiddleware",  # Starlette: HTTPException and exception handlers
        "AsyncExitStackMiddleware",  # FastAPI: closes uploaded files
    ]
