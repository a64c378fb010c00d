from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from type_safety.fastapi_app.models import Book


# region queries
async def find_book(session: AsyncSession, book_id: int) -> Book | None:
    # session.get is typed to return Book | None: the checker knows the miss case
    # exists.
    return await session.get(Book, book_id)


async def titles_in_print(session: AsyncSession) -> list[str]:
    # select(Book.title) is a Select[tuple[str]], so scalars() yields str.
    titles = await session.scalars(
        select(Book.title).where(Book.in_print).order_by(Book.title)
    )
    return list(titles)


def reading_hours(book: Book) -> float:
    return book.pages / 40  # forty pages an hour


# endregion queries
