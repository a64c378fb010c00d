from functools import lru_cache
from typing import Annotated

from fastapi import Depends
from pydantic_settings import BaseSettings, SettingsConfigDict


# region settings
class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TASKS_")

    max_open_tasks: int = 20
    webhook_url: str = "https://hooks.example.com"


@lru_cache
def get_settings() -> Settings:
    return Settings()  # read the environment once per process


SettingsDep = Annotated[Settings, Depends(get_settings)]
# endregion settings
