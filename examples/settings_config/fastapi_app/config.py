from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


# region settings
class DatabaseSettings(BaseModel):
    url: str = "sqlite+aiosqlite:///./shop.sqlite3"
    pool_size: int = Field(default=5, ge=1)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SHOP_",  # SHOP_DEBUG sets debug
        env_file=".env",  # read if present; real variables win over it
        env_nested_delimiter="__",  # SHOP_DATABASE__URL: database.url
        hide_input_in_errors=True,  # keep values out of error messages
    )

    app_name: str = "Shop API"
    debug: bool = False
    maintenance_mode: bool = False
    secret_key: SecretStr  # no default, so it is required
    allowed_hosts: list[str] = ["localhost"]
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)


# endregion settings
