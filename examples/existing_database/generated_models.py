from typing import Optional
import datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

class Base(DeclarativeBase):
    pass


class ExistingDatabasePublisher(Base):
    __tablename__ = 'existing_database_publisher'

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)

    existing_database_book: Mapped[list['ExistingDatabaseBook']] = relationship('ExistingDatabaseBook', back_populates='publisher')


class ExistingDatabaseTag(Base):
    __tablename__ = 'existing_database_tag'

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(50), nullable=False)

    existing_database_book_tags: Mapped[list['ExistingDatabaseBookTags']] = relationship('ExistingDatabaseBookTags', back_populates='tag')


class ExistingDatabaseBook(Base):
    __tablename__ = 'existing_database_book'
    __table_args__ = (
        Index('existing_database_book_publisher_id_0c3f9586', 'publisher_id'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    publisher_id: Mapped[int] = mapped_column(ForeignKey('existing_database_publisher.id'), nullable=False)
    published_on: Mapped[Optional[datetime.date]] = mapped_column(Date)

    publisher: Mapped['ExistingDatabasePublisher'] = relationship('ExistingDatabasePublisher', back_populates='existing_database_book')
    existing_database_book_tags: Mapped[list['ExistingDatabaseBookTags']] = relationship('ExistingDatabaseBookTags', back_populates='book')


class ExistingDatabaseBookTags(Base):
    __tablename__ = 'existing_database_book_tags'
    __table_args__ = (
        Index('existing_database_book_tags_book_id_64bc13d1', 'book_id'),
        Index('existing_database_book_tags_book_id_tag_id_dbd51552_uniq', 'book_id', 'tag_id', unique=True),
        Index('existing_database_book_tags_tag_id_89dd1f2c', 'tag_id')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey('existing_database_book.id'), nullable=False)
    tag_id: Mapped[int] = mapped_column(ForeignKey('existing_database_tag.id'), nullable=False)

    book: Mapped['ExistingDatabaseBook'] = relationship('ExistingDatabaseBook', back_populates='existing_database_book_tags')
    tag: Mapped['ExistingDatabaseTag'] = relationship('ExistingDatabaseTag', back_populates='existing_database_book_tags')
