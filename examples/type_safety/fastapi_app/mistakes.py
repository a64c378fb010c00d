from sqlalchemy.ext.asyncio import AsyncSession

from type_safety.fastapi_app.models import Book
from type_safety.fastapi_app.schemas import BookCreate, BookOut


# region mistakes
# Each "pyright: ignore[rule]" marks the error pyright reports on that line.
async def title_of(session: AsyncSession, book_id: int) -> str:
    book = await session.get(Book, book_id)
    return book.title  # pyright: ignore[reportOptionalMemberAccess]


def shelf_label(book: BookOut) -> str:
    # pyright: ignore[reportAttributeAccessIssue]
    return f"{book.titel} ({book.pages} pages)"


def page_count(book: BookOut) -> str:
    return book.pages  # pyright: ignore[reportReturnType]


def draft(title: str) -> BookCreate:
    return BookCreate(title=title, page=100)  # pyright: ignore[reportCallIssue]


def row(title: str) -> Book:
    # Not reported: a declarative model's default constructor accepts any keyword.
    return Book(titel=title, pages=100)


# endregion mistakes
