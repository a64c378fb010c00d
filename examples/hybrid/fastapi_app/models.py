from datetime import datetime

from sqlalchemy import ColumnElement, String, Text, and_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from capstone.fastapi_app.models import UTCDateTime
from hybrid.content_rules import reading_minutes


class Base(DeclarativeBase):
    pass


# region article
class Article(Base):
    """Maps the table Django's migrations create; FastAPI only reads it."""

    __tablename__ = "hybrid_articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10))
    # Django stores naive UTC
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.body)


def visible(now: datetime) -> ColumnElement[bool]:
    """The same rule as Django's ArticleQuerySet.visible(); a shared test keeps them equal."""
    return and_(Article.status == "published", Article.published_at <= now)


# endregion article
