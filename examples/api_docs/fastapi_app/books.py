from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from api_docs.fastapi_app.schemas import (
    ISBN_PATTERN,
    Book,
    BookIn,
    BookSummary,
    Message,
)

# An in-memory store keeps this example about documentation.
BOOKS: dict[int, Book] = {}

router = APIRouter(prefix="/books", tags=["books"])


# region operations
@router.get("", response_model=list[BookSummary], summary="List books")
async def list_books(
    q: Annotated[
        str | None,
        Query(description="Case-insensitive search in titles.", examples=["django"]),
    ] = None,
) -> list[Book]:
    # response_model wins over the return annotation: clients get id and title only.
    return [b for b in BOOKS.values() if q is None or q.lower() in b.title.lower()]


@router.get(
    "/{book_id}",
    responses={404: {"model": Message, "description": "No book has this id."}},
)
async def read_book(book_id: int) -> Book:
    """
    Fetch one book by its id.

    The docstring is the operation's **description**, and Markdown works in it.
    \f
    Everything after the form feed above stays out of the schema: notes for maintainers.
    """
    if book_id not in BOOKS:
        raise HTTPException(status_code=404, detail="Book not found")
    return BOOKS[book_id]


@router.post(
    "",
    status_code=201,
    summary="Add a book",
    description="Stores a book and returns it with the id the catalogue gave it.",
    response_description="The stored book.",
)
async def create_book(book: BookIn) -> Book:
    stored = Book(id=max(BOOKS, default=0) + 1, **book.model_dump())
    BOOKS[stored.id] = stored
    return stored


# endregion operations


# region lifecycle
@router.get("/isbn/{isbn}", deprecated=True)
async def read_book_by_isbn(isbn: Annotated[str, Path(pattern=ISBN_PATTERN)]) -> Book:
    """Kept for old clients: search with `GET /books?q=` instead."""
    for book in BOOKS.values():
        if book.isbn == isbn:
            return book
    raise HTTPException(status_code=404, detail="Book not found")


@router.post("/reindex", include_in_schema=False)
async def reindex() -> dict[str, int]:
    # Still routed and callable, just absent from /openapi.json, /docs and /redoc.
    return {"reindexed": len(BOOKS)}


# endregion lifecycle
