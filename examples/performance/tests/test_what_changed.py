"""Rows of the page's "What changed" table: the Pydantic 1 spellings still run, with a warning."""

import pytest
from pydantic import BaseModel, TypeAdapter
from pydantic.warnings import PydanticDeprecatedSince20

from performance.fastapi_app.schemas import BookList, BookRead

BOOK = {"id": 1, "title": "Book 1a", "year": 2001, "author_name": "Author 1"}


def test_json_is_deprecated_for_model_dump_json():
    book = BookRead(**BOOK)
    with pytest.warns(PydanticDeprecatedSince20, match="model_dump_json"):
        old = book.json()
    assert old == book.model_dump_json()


def test_parse_obj_as_is_deprecated_for_type_adapter():
    from pydantic import parse_obj_as

    with pytest.warns(PydanticDeprecatedSince20, match="TypeAdapter"):
        old = parse_obj_as(list[BookRead], [BOOK])
    assert old == BookList.validate_python([BOOK])


def test_a_type_adapter_validates_and_dumps_a_whole_list():
    adapter = TypeAdapter(list[BookRead])
    books = adapter.validate_python([BOOK, {**BOOK, "id": 2}])
    assert [book.id for book in books] == [1, 2]
    assert adapter.dump_json(books) == BookList.dump_json(books)


def test_from_orm_is_deprecated_for_model_validate():
    class Row:
        id, title, year, author_name = 1, "Book 1a", 2001, "Author 1"

    with pytest.warns(PydanticDeprecatedSince20, match="model_validate"):
        old = BookRead.from_orm(Row())
    assert old == BookRead.model_validate(Row())
    assert isinstance(old, BaseModel)
