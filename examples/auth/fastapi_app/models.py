from datetime import datetime

from sqlalchemy import ForeignKey, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


# region models
class User(Base):
    """Django's auth_user table, mapped read-mostly: Django's migrations own it."""

    __tablename__ = "auth_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    # pbkdf2_sha256$...: see passwords.py
    password: Mapped[str] = mapped_column(String(128))
    is_active: Mapped[bool] = mapped_column(default=True)
    is_staff: Mapped[bool] = mapped_column(default=False)


class Message(Base):
    __tablename__ = "auth_example_message"  # the Django model's table

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("auth_user.id"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    # Django fills auto_now_add in Python, so the table has no default: send one on
    # insert.
    created_at: Mapped[datetime] = mapped_column(default=func.now())


# endregion models
