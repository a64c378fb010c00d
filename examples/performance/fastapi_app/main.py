from fastapi import FastAPI, Response
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from performance.fastapi_app.db import SessionDep
from performance.fastapi_app.models import Book
from performance.fastapi_app.schemas import BookList, BookRead

app = FastAPI()


# region ping
@app.get("/ping")
async def ping() -> dict[str, bool]:
    return {"ok": True}  # no database, no model: what "hello world" benchmarks time


# endregion ping


# region books
@app.get("/books/n-plus-one", response_model=list[BookRead])
async def books_n_plus_one(session: SessionDep) -> list[Book]:
    books = list(await session.scalars(select(Book).order_by(Book.id)))
    for book in books:
        # an explicit lazy load: one query per new author
        await book.awaitable_attrs.author
    return books


@app.get("/books", response_model=list[BookRead])
async def books(session: SessionDep) -> list[Book]:
    # two queries in all
    query = select(Book).options(selectinload(Book.author)).order_by(Book.id)
    return list(await session.scalars(query))


# endregion books


# region json
@app.get("/books/dicts", response_model=None)
async def books_as_dicts(session: SessionDep) -> list[dict]:
    # No response model: FastAPI walks every key and value with jsonable_encoder, in
    # Python.
    query = select(Book).options(selectinload(Book.author)).order_by(Book.id)
    books = await session.scalars(query)
    return [
        {
            "id": book.id,
            "title": book.title,
            "year": book.year,
            "author_name": book.author_name,
        }
        for book in books
    ]


@app.get("/books/json", response_model=list[BookRead])
async def books_as_json(session: SessionDep) -> Response:
    query = select(Book).options(selectinload(Book.author)).order_by(Book.id)
    books = BookList.validate_python(
        list(await session.scalars(query)), from_attributes=True
    )
    # A Response is sent as it is: the model above only documents it. dump_json runs in
    # Rust.
    return Response(BookList.dump_json(books), media_type="application/json")


# endregion json
