"""The Pydantic 1 spellings in the source articles still import, but warn, fail or misbehave.

If Pydantic removes or un-deprecates one of them, this file fails and the page's
"What changed" table needs updating.
"""

import inspect
from types import SimpleNamespace
from typing import Literal

import pytest
from pydantic import (
    BaseModel,
    Field,
    PydanticUserError,
    ValidationError,
    field_validator,
)
from pydantic.warnings import PydanticDeprecatedSince20


def test_validator_decorator_is_deprecated():
    from pydantic import validator

    with pytest.warns(PydanticDeprecatedSince20, match="field_validator"):

        class Order(BaseModel):
            quantity: int

            @validator("quantity")
            def positive(cls, value):
                return value


def test_root_validator_is_deprecated_and_needs_skip_on_failure():
    from pydantic import root_validator

    with pytest.warns(PydanticDeprecatedSince20, match="model_validator"):
        with pytest.raises(PydanticUserError, match="skip_on_failure=True"):

            class Signup(BaseModel):
                password: str

                @root_validator
                def check(cls, values):
                    return values


def test_dict_json_and_parse_obj_are_deprecated():
    class Line(BaseModel):
        sku: str

    line = Line(sku="ABC-1234")
    with pytest.warns(PydanticDeprecatedSince20, match="model_dump"):
        assert line.dict() == line.model_dump()
    with pytest.warns(PydanticDeprecatedSince20, match="model_dump_json"):
        assert line.json() == line.model_dump_json()
    with pytest.warns(PydanticDeprecatedSince20, match="model_validate"):
        assert Line.parse_obj({"sku": "ABC-1234"}) == Line.model_validate(
            {"sku": "ABC-1234"}
        )


def test_orm_mode_is_renamed_and_ignored():
    with pytest.warns(
        UserWarning, match="'orm_mode' has been renamed to 'from_attributes'"
    ):
        with pytest.warns(PydanticDeprecatedSince20):

            class AccountOut(BaseModel):
                username: str

                class Config:
                    orm_mode = True

    with pytest.raises(ValidationError):
        AccountOut.model_validate(SimpleNamespace(username="ada"))


def test_regex_argument_is_removed():
    with pytest.raises(
        PydanticUserError, match="`regex` is removed. use `pattern` instead"
    ):
        Field(regex=r"^[A-Z]{3}-\d{4}$")


def test_min_items_is_deprecated_for_min_length():
    with pytest.warns(PydanticDeprecatedSince20, match="use `min_length` instead"):

        class Order(BaseModel):
            lines: list[str] = Field(min_items=1)


def test_an_async_validator_is_never_awaited():
    class Order(BaseModel):
        product_id: int

        @field_validator("product_id")
        @classmethod
        # cannot query a database here
        async def product_exists(cls, value: int) -> int:
            return value

    value = Order(product_id=1).product_id
    assert inspect.iscoroutine(value)  # the field now holds a coroutine, not 1
    value.close()


def test_literal_documents_the_choices_a_pattern_hides():
    class ByPattern(BaseModel):
        role: str = Field(pattern="^(user|assistant|system)$")

    class ByLiteral(BaseModel):
        role: Literal["user", "assistant", "system"]

    assert ByLiteral.model_json_schema()["properties"]["role"]["enum"] == [
        "user",
        "assistant",
        "system",
    ]
    assert "enum" not in ByPattern.model_json_schema()["properties"]["role"]
    with pytest.raises(
        ValidationError,
        match="literal_error|Input should be 'user', 'assistant' or 'system'",
    ):
        ByLiteral(role="admin")


def test_pattern_is_searched_not_matched_so_anchors_matter():
    class Unanchored(BaseModel):
        sku: str = Field(pattern=r"[A-Z]{3}-\d{4}")

    assert Unanchored(sku="junk ABC-1234 junk").sku == "junk ABC-1234 junk"
