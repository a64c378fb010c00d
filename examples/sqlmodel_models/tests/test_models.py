import pytest
from pydantic import ValidationError
from sqlmodel import Field, SQLModel

from sqlmodel_models.models import Author, AuthorCreate, AuthorPublic


def test_only_table_models_have_tables():
    assert set(SQLModel.metadata.tables) >= {"authors", "posts"}
    assert not hasattr(AuthorCreate, "__table__")
    assert Author.__table__.c.email.unique
    assert Author.__table__.c.display_name.type.length == 100


# region validation
def test_a_table_model_does_not_validate_when_constructed():
    author = Author(email="not an email", display_name="")  # no error
    assert author.email == "not an email"


def test_the_data_models_do():
    with pytest.raises(ValidationError):
        AuthorCreate(email="not an email", display_name="")
    with pytest.raises(ValidationError):
        Author.model_validate({"email": "not an email", "display_name": ""})


# endregion validation


def test_the_public_schema_reads_a_table_object():
    author = Author(id=7, email="ada@example.com", display_name="Ada")
    assert AuthorPublic.model_validate(author).model_dump() == {
        "email": "ada@example.com",
        "display_name": "Ada",
        "id": 7,
    }


def test_field_regex_is_ignored_under_pydantic_2():
    class WithRegex(SQLModel):
        code: str = Field(regex=r"^[A-Z]{3}$")

    assert WithRegex(code="not three capitals").code == "not three capitals"
