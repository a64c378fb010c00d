from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, MetaData, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


# region base
class Base(DeclarativeBase):
    # Every constraint gets a predictable name, so a later migration can drop it by
    # name.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


# endregion base


# region django_owned
class Product(Base):
    """Django's migrations own this table: it is mapped here by name, never migrated."""

    __tablename__ = "schema_migrations_product"
    __table_args__ = {"info": {"owner": "django"}}

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    price_cents: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    in_stock: Mapped[bool]


# endregion django_owned


# region alembic_owned
class ReviewStatus(Base):
    __tablename__ = "review_statuses"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label: Mapped[str] = mapped_column(String(50))


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey(Product.id), index=True)
    rating: Mapped[int]
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(
        String(20), ForeignKey(ReviewStatus.code), server_default="pending"
    )
    helpful_votes: Mapped[int] = mapped_column(server_default="0")
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


# endregion alembic_owned


# region ownership
def owned_by_alembic(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic's include_object hook: compare only the tables this service owns."""
    if type_ != "table":
        return True
    # the table as declared in our models
    model_table = compare_to if reflected else obj
    # Not declared here (django_migrations, auth_user...) or declared as Django's: skip
    # it.
    return model_table is not None and model_table.info.get("owner") != "django"


# endregion ownership
