"""Older ways of documenting an API that tutorials still show. Each test backs one row of the table."""

import importlib

import pytest
from django.core.management import call_command
from fastapi import Query
from fastapi.exceptions import FastAPIDeprecationWarning
from pydantic import BaseModel, Field
from pydantic.warnings import PydanticDeprecatedSince20
from rest_framework import compat, schemas
from rest_framework.schemas import openapi
from rest_framework.schemas.openapi import SchemaGenerator


@pytest.mark.django_db
def test_migrations_match_the_models():
    call_command("makemigrations", "api_docs", "--check", "--dry-run", verbosity=0)


def test_field_example_keyword_is_deprecated():
    with pytest.warns(
        PydanticDeprecatedSince20,
        match=r"extra keyword arguments on `Field`.*'example'",
    ):

        class Legacy(BaseModel):
            isbn: str = Field(example="9780692915721")

    assert (
        Legacy.model_json_schema()["properties"]["isbn"]["example"] == "9780692915721"
    )


def test_schema_extra_in_class_config_is_renamed_and_ignored():
    with pytest.warns(
        UserWarning, match="'schema_extra' has been renamed to 'json_schema_extra'"
    ):
        with pytest.warns(PydanticDeprecatedSince20):

            class Legacy(BaseModel):
                isbn: str

                class Config:
                    schema_extra = {"example": {"isbn": "9780692915721"}}

    # the old key no longer reaches the schema
    assert "example" not in Legacy.model_json_schema()


def test_query_example_is_deprecated_for_examples():
    # FastAPIDeprecationWarning subclasses UserWarning, so it is shown by default
    with pytest.warns(FastAPIDeprecationWarning, match="use `examples` instead"):
        Query(example="django")
    assert issubclass(FastAPIDeprecationWarning, UserWarning)
    assert not issubclass(FastAPIDeprecationWarning, DeprecationWarning)


def test_coreapi_schemas_and_include_docs_urls_were_removed():
    # DRF 3.17 dropped CoreAPI: include_docs_urls() and the CoreAPI AutoSchema are gone,
    # and rest_framework.schemas now exports the OpenAPI generator.
    for module in ("rest_framework.documentation", "rest_framework.schemas.coreapi"):
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(module)
    assert schemas.SchemaGenerator is openapi.SchemaGenerator
    assert schemas.AutoSchema is openapi.AutoSchema


@pytest.mark.urls("api_docs.drf_app.urls")
def test_builtin_openapi_generator_needs_packages_this_environment_lacks():
    # rest_framework.schemas.openapi (deprecated in the docs since DRF 3.15) needs
    # uritemplate and inflection (plus pyyaml for YAML output); neither of the first two
    # is installed here.
    assert compat.uritemplate is None and compat.inflection is None
    generator = SchemaGenerator(title="Library API", version="1.4.0")
    with pytest.raises(
        AssertionError, match="must be installed for OpenAPI schema support"
    ):
        generator.get_schema(public=True)
