from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


# region models
class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(100))
    balance: Mapped[int] = mapped_column(default=0)  # in cents
    # The default lazy loading: fine in sync code, an error in async code (see below).
    entries: Mapped[list["Entry"]] = relationship(
        back_populates="account", order_by="Entry.id"
    )


class Entry(Base):
    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    amount: Mapped[int]  # in cents: negative for a debit

    account: Mapped[Account] = relationship(back_populates="entries")


# endregion models
