"""One class per shape: a base with the shared fields, the table, and the API schemas."""

from typing import Annotated

from pydantic import AwareDatetime, StringConstraints
from sqlmodel import Field, Relationship, SQLModel

# Field(regex=...) is accepted and ignored under Pydantic 2: say it with Pydantic.
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]


# region author
class AuthorBase(SQLModel):
    """The fields a client may send and the API returns: no table."""

    email: Email = Field(max_length=254, unique=True)
    display_name: str = Field(min_length=1, max_length=100)


class Author(AuthorBase, table=True):
    """The table. Only table=True models are mapped by SQLAlchemy."""

    __tablename__ = "authors"

    id: int | None = Field(default=None, primary_key=True)
    posts: list["Post"] = Relationship(
        back_populates="author",
        sa_relationship_kwargs={"lazy": "raise", "order_by": "Post.id"},
    )


class AuthorCreate(AuthorBase):
    """The request body: what AuthorBase says, nothing more."""


class AuthorPublic(AuthorBase):
    """The response: the id is always there once the row exists."""

    id: int


# endregion author


# region post
class PostBase(SQLModel):
    title: str = Field(max_length=200)
    # A datetime field is stored as UTCDateTime, which refuses naive values.
    published_at: AwareDatetime | None = None


class Post(PostBase, table=True):
    __tablename__ = "posts"

    id: int | None = Field(default=None, primary_key=True)
    author_id: int = Field(foreign_key="authors.id", index=True, ondelete="CASCADE")
    # raise_on_sql: the author may come from the session's identity map, never a query.
    author: Author = Relationship(
        back_populates="posts", sa_relationship_kwargs={"lazy": "raise_on_sql"}
    )


class PostCreate(PostBase):
    pass


class PostPublic(PostBase):
    id: int
    author_id: int


class AuthorPublicWithPosts(AuthorPublic):
    posts: list[PostPublic] = []


# endregion post
