"""The declarative models, started from sqlacodegen's output and tidied by hand."""

import datetime

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Django's BigAutoField is "integer" on SQLite (the rowid) and bigint elsewhere.
BigAutoId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    pass


# region django_tables
class Publisher(Base):
    __tablename__ = "existing_database_publisher"

    id: Mapped[int] = mapped_column(BigAutoId, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)

    books: Mapped[list["Book"]] = relationship(back_populates="publisher")


class Tag(Base):
    __tablename__ = "existing_database_tag"

    id: Mapped[int] = mapped_column(BigAutoId, primary_key=True)
    slug: Mapped[str] = mapped_column(String(50), unique=True)


# Django's join table for Book.tags: an id of its own, so a Table, not a class.
book_tags = Table(
    "existing_database_book_tags",
    Base.metadata,
    Column("id", BigAutoId, primary_key=True),
    Column(
        "book_id", BigInteger, ForeignKey("existing_database_book.id"), nullable=False
    ),
    Column(
        "tag_id", BigInteger, ForeignKey("existing_database_tag.id"), nullable=False
    ),
    Index("existing_database_book_tags_book_id_64bc13d1", "book_id"),
    Index("existing_database_book_tags_tag_id_89dd1f2c", "tag_id"),
    Index(
        "existing_database_book_tags_book_id_tag_id_dbd51552_uniq",
        "book_id",
        "tag_id",
        unique=True,
    ),
)


class Book(Base):
    __tablename__ = "existing_database_book"
    __table_args__ = (
        Index("existing_database_book_publisher_id_0c3f9586", "publisher_id"),
    )

    id: Mapped[int] = mapped_column(BigAutoId, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    publisher_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("existing_database_publisher.id")
    )
    published_on: Mapped[datetime.date | None]

    publisher: Mapped[Publisher] = relationship(back_populates="books")
    tags: Mapped[list[Tag]] = relationship(secondary=book_tags)


# endregion django_tables


# region alembic_tables
class Review(Base):
    """New with FastAPI: Alembic owns this table from its first revision."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey(Book.id), index=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())


# endregion alembic_tables
