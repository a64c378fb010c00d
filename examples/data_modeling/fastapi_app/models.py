from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


# region author
class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    joined_at: Mapped[datetime] = mapped_column(server_default=func.now())

    # lazy="raise": touching an unloaded relationship fails loudly instead of
    # issuing a hidden query (which AsyncSession cannot do anyway).
    posts: Mapped[list["Post"]] = relationship(
        back_populates="author", lazy="raise", order_by="Post.created_at.desc()"
    )


# endregion author


# region post
class Post(Base):
    __tablename__ = "posts"
    __table_args__ = (Index("ix_posts_status_created_at", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unlike Django's ForeignKey, a SQLAlchemy foreign key gets no index unless asked.
    author_id: Mapped[int] = mapped_column(
        ForeignKey("authors.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    author: Mapped[Author] = relationship(back_populates="posts", lazy="raise")


# endregion post
