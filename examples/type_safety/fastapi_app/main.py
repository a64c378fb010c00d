from typing import Annotated

from fastapi import FastAPI, HTTPException, Query, status
from sqlalchemy import select

from type_safety.fastapi_app.db import SessionDep
from type_safety.fastapi_app.models import Book
from type_safety.fastapi_app.queries import find_book
from type_safety.fastapi_app.schemas import (
    BookCreate,
    BookOut,
    StrictBookCreate,
    StrictPages,
)

app = FastAPI(title="Type safety example")


# region list
@app.get("/books")
async def list_books(
    session: SessionDep,
    in_print: bool | None = None,
    min_pages: Annotated[int, Query(ge=1)] = 1,
) -> list[BookOut]:
    query = select(Book).where(Book.pages >= min_pages).order_by(Book.title)
    if in_print is not None:
        query = query.where(Book.in_print == in_print)
    books = await session.scalars(query)
    return [BookOut.model_validate(book) for book in books]


# endregion list


# region responses
@app.get("/books/{book_id}", response_model=BookOut)
async def read_book(book_id: int, session: SessionDep) -> Book:
    # response_model decides the JSON; the annotation states what the function really
    # returns.
    book = await find_book(session, book_id)
    if book is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Book not found")
    return book


@app.post("/books", status_code=status.HTTP_201_CREATED)
async def create_book(payload: BookCreate, session: SessionDep) -> BookOut:
    book = Book(**payload.model_dump())  # dict[str, Any]: the one unchecked hand-over
    session.add(book)
    await session.commit()
    # the return annotation is also the response model
    return BookOut.model_validate(book)


# endregion responses


# region strict
@app.post("/books/strict-pages", status_code=status.HTTP_201_CREATED)
async def create_strict_pages(payload: StrictPages, session: SessionDep) -> BookOut:
    return await create_book(payload, session)


@app.post("/books/strict", status_code=status.HTTP_201_CREATED)
async def create_strict(payload: StrictBookCreate, session: SessionDep) -> BookOut:
    return await create_book(payload, session)


# endregion strict
