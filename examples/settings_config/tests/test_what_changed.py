"""The older spellings in tutorials either fail, warn, or are silently ignored today.

If a library changes one of these behaviours, this file fails and the page's table needs updating.
"""

import pytest
from fastapi import FastAPI
from pydantic import Field
from pydantic.errors import PydanticImportError
from pydantic.warnings import PydanticDeprecatedSince20
from pydantic_settings import BaseSettings


def test_basesettings_left_pydantic():
    with pytest.raises(
        PydanticImportError,
        match="`BaseSettings` has been moved to the `pydantic-settings` package",
    ):
        from pydantic import BaseSettings  # noqa: F401


def test_class_config_is_deprecated():
    with pytest.warns(
        PydanticDeprecatedSince20, match="class-based `config` is deprecated"
    ):

        class Legacy(BaseSettings):
            debug: bool = False

            class Config:
                env_prefix = "LEGACY_"


def test_field_env_is_ignored_with_a_warning(monkeypatch):
    monkeypatch.setenv("MY_API_KEY", "from-the-environment")
    with pytest.warns(PydanticDeprecatedSince20, match="Extra keys: 'env'"):

        class Legacy(BaseSettings):
            api_key: str = Field("unset", env="MY_API_KEY")

    assert Legacy().api_key == "unset"  # the variable was never read


def test_validation_alias_names_the_variable(monkeypatch):
    monkeypatch.setenv("MY_API_KEY", "from-the-environment")

    class Current(BaseSettings):
        api_key: str = Field("unset", validation_alias="MY_API_KEY")

    assert Current().api_key == "from-the-environment"


def test_on_event_startup_is_deprecated():
    app = FastAPI()
    with pytest.warns(
        DeprecationWarning,
        match="on_event is deprecated, use lifespan event handlers instead",
    ):
        app.on_event("startup")
