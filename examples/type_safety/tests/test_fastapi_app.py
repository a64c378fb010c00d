from collections.abc import AsyncIterator
from datetime import date
from typing import get_type_hints

import pytest
import pytest_asyncio
from httpx2 import ASGITransport, AsyncClient
from pydantic import StringConstraints, ValidationError
from sqlalchemy import Integer, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped

from sqlite_fixtures import client_with_sessions, sessions_for, sqlite_engine
from type_safety.fastapi_app import db, mistakes, queries
from type_safety.fastapi_app.main import app
from type_safety.fastapi_app.models import Base, Book, LegacyBook
from type_safety.fastapi_app.schemas import BookCreate, BookOut, StrictBookCreate

DUNE = {"title": "Dune", "pages": 412, "published_on": "1965-08-01"}


@pytest_asyncio.fixture
async def session_factory(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    async with sqlite_engine(tmp_path / "test.sqlite3", Base.metadata) as engine:
        yield sessions_for(engine)


@pytest_asyncio.fixture
async def client(session_factory) -> AsyncIterator[AsyncClient]:
    async with client_with_sessions(app, db.get_session, session_factory) as client:
        yield client


@pytest_asyncio.fixture
async def shelf(session_factory) -> list[Book]:
    async with session_factory() as session:
        books = [
            Book(title="Dune", pages=412),
            Book(title="Ubik", pages=202, in_print=False),
        ]
        session.add_all(books)
        await session.commit()
    return books


def parameters(path: str) -> dict[str, dict]:
    operation = app.openapi()["paths"][path]["get"]
    return {parameter["name"]: parameter for parameter in operation["parameters"]}


# One annotation: parsing, the error, the schema.


@pytest.mark.asyncio
async def test_annotations_parse_the_query_string(client, shelf):
    response = await client.get("/books", params={"in_print": "false"})
    assert [book["title"] for book in response.json()] == ["Ubik"]
    response = await client.get(
        "/books", params={"in_print": "yes", "min_pages": "300"}
    )
    assert [book["title"] for book in response.json()] == ["Dune"]


@pytest.mark.asyncio
async def test_annotations_reject_bad_input_with_a_422(client):
    response = await client.get(
        "/books", params={"in_print": "maybe", "min_pages": "0"}
    )
    assert response.status_code == 422
    errors = {tuple(error["loc"]): error["type"] for error in response.json()["detail"]}
    assert errors == {
        ("query", "in_print"): "bool_parsing",
        ("query", "min_pages"): "greater_than_equal",
    }
    response = await client.get("/books/dune")
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "int_parsing"


def test_annotations_appear_in_the_openapi_schema():
    listed = parameters("/books")
    assert listed["in_print"]["schema"] == {
        "anyOf": [{"type": "boolean"}, {"type": "null"}],
        "title": "In Print",
    }
    assert listed["min_pages"]["schema"] == {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "title": "Min Pages",
    }
    assert parameters("/books/{book_id}")["book_id"]["schema"] == {
        "type": "integer",
        "title": "Book Id",
    }
    listing = app.openapi()["paths"]["/books"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    assert listing["schema"]["items"] == {"$ref": "#/components/schemas/BookOut"}
    schemas = app.openapi()["components"]["schemas"]
    assert schemas["BookCreate"]["properties"]["title"] == {
        "type": "string",
        "maxLength": 200,
        "minLength": 1,
        "title": "Title",
    }
    assert schemas["BookCreate"]["properties"]["pages"] == {
        "type": "integer",
        "maximum": 10000,
        "minimum": 1,
        "title": "Pages",
    }
    created = app.openapi()["paths"]["/books"]["post"]["responses"]["201"]["content"][
        "application/json"
    ]
    # from the return annotation
    assert created["schema"] == {"$ref": "#/components/schemas/BookOut"}
    read = app.openapi()["paths"]["/books/{book_id}"]["get"]["responses"]["200"][
        "content"
    ]["application/json"]
    # response_model wins over "-> Book"
    assert read["schema"] == {"$ref": "#/components/schemas/BookOut"}


@pytest.mark.asyncio
async def test_read_uses_response_model_and_404s(client, shelf):
    response = await client.get(f"/books/{shelf[0].id}")
    assert response.status_code == 200
    assert response.json() == {
        "id": shelf[0].id,
        "title": "Dune",
        "pages": 412,
        "in_print": True,
        "published_on": None,
    }
    assert (await client.get("/books/999")).status_code == 404


# Annotated metadata.


def test_a_checker_sees_the_plain_type_and_pydantic_sees_the_rules():
    assert get_type_hints(BookCreate)["title"] is str
    metadata = get_type_hints(BookCreate, include_extras=True)["title"].__metadata__
    assert any(
        isinstance(item, StringConstraints) and item.max_length == 200
        for item in metadata
    )
    assert BookCreate(title="  Dune ", pages=412).title == "Dune"
    with pytest.raises(ValidationError, match="less_than_equal"):
        BookCreate(title="Dune", pages=20_000)


# Strict and lax.


@pytest.mark.asyncio
async def test_lax_mode_coerces_like_a_serializer(client):
    response = await client.post(
        "/books", json={**DUNE, "pages": "412", "in_print": "false"}
    )
    assert response.status_code == 201
    assert response.json()["pages"] == 412 and response.json()["in_print"] is False


@pytest.mark.asyncio
async def test_a_future_date_is_refused(client):
    response = await client.post("/books", json={**DUNE, "published_on": "2999-01-01"})
    assert response.status_code == 422
    assert (
        response.json()["detail"][0]["msg"]
        == "Value error, published_on cannot be in the future"
    )


@pytest.mark.asyncio
async def test_one_strict_field(client):
    response = await client.post("/books/strict-pages", json={**DUNE, "pages": "412"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "int_type"
    response = await client.post(
        "/books/strict-pages", json={**DUNE, "in_print": "false"}
    )
    assert response.status_code == 201  # the other fields are still lax
    assert response.json()["published_on"] == "1965-08-01"


@pytest.mark.asyncio
async def test_a_strict_model_refuses_date_strings_in_fastapi(client):
    response = await client.post("/books/strict", json={"title": "Dune", "pages": 412})
    assert response.status_code == 201
    response = await client.post("/books/strict", json=DUNE)
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "date_type"
    response = await client.post(
        "/books/strict", json={"title": "Dune", "pages": 412, "in_print": "false"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "bool_type"
    # Pydantic's own JSON parsing accepts the same body: FastAPI 0.115 validates the
    # decoded dict.
    assert StrictBookCreate.model_validate_json(
        '{"title": "Dune", "pages": 412, "published_on": "1965-08-01"}'
    )


@pytest.mark.asyncio
async def test_strict_mode_on_a_query_parameter_refuses_everything():
    from typing import Annotated

    from fastapi import FastAPI, Query

    strict_app = FastAPI()

    @strict_app.get("/")
    async def page(number: Annotated[int, Query(strict=True)] = 1) -> int:
        return number

    async with AsyncClient(
        transport=ASGITransport(app=strict_app), base_url="http://test"
    ) as client:
        response = await client.get("/", params={"number": "2"})
    assert response.status_code == 422  # a query string only ever holds strings


# The ORM through a type checker.


def test_mapped_annotations_build_the_columns():
    hints = get_type_hints(Book)
    assert (
        hints["title"] == Mapped[str] and hints["published_on"] == Mapped[date | None]
    )
    columns = Book.__table__.c
    assert isinstance(columns.pages.type, Integer) and not columns.pages.nullable
    assert columns.published_on.nullable and not columns.title.nullable


def test_legacy_columns_carry_no_annotation():
    assert "title" not in get_type_hints(LegacyBook)
    assert not LegacyBook.__table__.c.title.nullable
    # a str at runtime, Column[str] to a checker
    assert LegacyBook(title="Dune").title == "Dune"


@pytest.mark.asyncio
async def test_queries(session_factory, shelf):
    async with session_factory() as session:
        assert (await queries.find_book(session, shelf[0].id)).title == "Dune"
        assert await queries.find_book(session, 999) is None
        assert await queries.titles_in_print(session) == ["Dune"]
    assert queries.reading_hours(shelf[1]) == pytest.approx(5.05)


# Mistakes: what fails at runtime, and what pyright reports first.


@pytest.mark.asyncio
async def test_the_unchecked_none_fails_at_runtime(session_factory, shelf):
    async with session_factory() as session:
        assert await mistakes.title_of(session, shelf[0].id) == "Dune"
        with pytest.raises(
            AttributeError, match="'NoneType' object has no attribute 'title'"
        ):
            await mistakes.title_of(session, 999)


def test_the_other_mistakes_at_runtime():
    book = BookOut(id=1, title="Dune", pages=412, in_print=True, published_on=None)
    with pytest.raises(AttributeError, match="titel"):
        mistakes.shelf_label(book)
    assert mistakes.page_count(book) == 412  # Python itself never checks the "-> str"
    with pytest.raises(ValidationError, match="pages\n  Field required"):
        mistakes.draft("Dune")
    with pytest.raises(
        TypeError, match="'titel' is an invalid keyword argument for Book"
    ):
        mistakes.row("Dune")


@pytest.mark.asyncio
async def test_get_session_yields_a_working_session(monkeypatch, session_factory):
    monkeypatch.setattr(db, "SessionFactory", session_factory)
    async for session in db.get_session():
        assert (await session.execute(text("select 1"))).scalar() == 1
