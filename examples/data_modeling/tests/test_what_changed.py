"""The older spellings common tutorials use still exist, but warn or behave differently.

If a library removes or un-deprecates one of them, this file fails and the page's
"What changed" table needs updating.
"""

from types import SimpleNamespace

import pytest
from pydantic import BaseModel, ValidationError
from pydantic.warnings import PydanticDeprecatedSince20
from sqlalchemy.exc import MovedIn20Warning


def test_orm_mode_warns_and_is_ignored():
    with pytest.warns(
        UserWarning, match="'orm_mode' has been renamed to 'from_attributes'"
    ):
        with pytest.warns(PydanticDeprecatedSince20):

            class Legacy(BaseModel):
                name: str

                class Config:
                    orm_mode = True

    # The old key is reported, then ignored: the schema cannot read an ORM object.
    with pytest.raises(ValidationError, match="valid dictionary or instance of Legacy"):
        Legacy.model_validate(SimpleNamespace(name="Ada"))


def test_dict_is_deprecated_for_model_dump():
    class Item(BaseModel):
        name: str

    with pytest.warns(PydanticDeprecatedSince20, match="model_dump"):
        assert Item(name="x").dict() == {"name": "x"}


def test_optional_annotation_no_longer_implies_a_default():
    class UserBase(BaseModel):
        username: str | None  # Pydantic 1 added "= None" silently; Pydantic 2 does not

    with pytest.raises(ValidationError, match="username"):
        UserBase()
    assert UserBase(username=None).username is None


def test_declarative_base_moved_out_of_ext_declarative():
    from sqlalchemy.ext.declarative import declarative_base

    with pytest.warns(MovedIn20Warning, match="sqlalchemy.orm.declarative_base"):
        declarative_base()
