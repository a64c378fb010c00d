from datetime import date

from sqlalchemy import Column, Date, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


# region book
class Book(Base):
    __tablename__ = "books"

    # The annotation is the Python type a checker sees and the column type SQLAlchemy
    # builds.
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    pages: Mapped[int]
    in_print: Mapped[bool] = mapped_column(default=True)
    published_on: Mapped[date | None]  # "| None" makes the column nullable


# endregion book


# region legacy
class LegacyBook(Base):
    __tablename__ = "legacy_books"

    # 1.x style: still runs, but a checker sees Column objects, not str and int.
    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)
    published_on = Column(Date)


# endregion legacy
