"""Older spellings from tutorials: each test fails if the page's "What changed" row stops being true."""

import importlib
from typing import Annotated, get_origin, get_type_hints

import pytest
from fastapi import FastAPI, Query
from fastapi.exceptions import FastAPIDeprecationWarning
from fastapi.params import Query as QueryInfo
from pydantic import BaseModel, ConfigDict, Field, ValidationError, conint
from pydantic.warnings import PydanticDeprecatedSince20

from type_safety.fastapi_app.models import Book, LegacyBook


def test_default_value_style_gives_the_same_schema_but_a_fieldinfo_default():
    app = FastAPI()

    @app.get("/old")
    async def old(q: str | None = Query(None, max_length=20)) -> str | None:
        return q

    @app.get("/new")
    async def new(q: Annotated[str | None, Query(max_length=20)] = None) -> str | None:
        return q

    paths = app.openapi()["paths"]
    assert paths["/old"]["get"]["parameters"] == paths["/new"]["get"]["parameters"]
    # Called as plain Python (a test, another endpoint), the old default is not None.
    assert isinstance(old.__defaults__[0], QueryInfo)
    assert new.__defaults__[0] is None


def test_regex_is_deprecated_for_pattern():
    # FastAPIDeprecationWarning subclasses UserWarning, so users see it without -W flags
    with pytest.warns(
        FastAPIDeprecationWarning,
        match="`regex` has been deprecated, please use `pattern`",
    ):
        Query(regex=r"^\d+$")


def test_class_config_is_deprecated_for_configdict():
    with pytest.warns(
        PydanticDeprecatedSince20, match="class-based `config` is deprecated"
    ):

        class Legacy(BaseModel):
            pages: int

            class Config:
                strict = True

    class Current(BaseModel):
        model_config = ConfigDict(strict=True)
        pages: int

    for model in (Legacy, Current):
        with pytest.raises(ValidationError, match="int_type"):
            model(pages="412")


def test_conint_builds_the_annotated_type_you_can_write_yourself():
    class Old(BaseModel):
        pages: conint(ge=1)  # type: ignore[valid-type]  # a call in an annotation

    class New(BaseModel):
        pages: Annotated[int, Field(ge=1)]

    assert get_origin(conint(ge=1)) is Annotated
    for model in (Old, New):
        with pytest.raises(ValidationError, match="greater_than_equal"):
            model(pages=0)


def test_column_without_mapped_has_no_type_for_a_checker():
    assert "title" not in get_type_hints(LegacyBook)
    assert "title" in get_type_hints(Book)


def test_sqlalchemy_21_removed_the_mypy_plugin():
    # Deprecated in 2.0; the Mapped[...] annotations are what type checkers read now.
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("sqlalchemy.ext.mypy")
