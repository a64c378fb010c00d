from typing import Annotated

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


# region settings
class Settings(BaseSettings):
    # SHOP_DEBUG, SHOP_SECRET_KEY, ... are read and converted when Settings() runs.
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    debug: bool = False
    secret_key: SecretStr  # required: a ValidationError at start-up if it is missing
    database_url: str = "sqlite+aiosqlite:///./ecosystem.sqlite3"
    # NoDecode: take "a,b" as text and split it below, instead of expecting JSON.
    cors_origins: Annotated[list[str], NoDecode] = []

    @field_validator("cors_origins", mode="before")
    @classmethod
    def split_commas(cls, value: str | list[str]) -> list[str]:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value


# endregion settings
