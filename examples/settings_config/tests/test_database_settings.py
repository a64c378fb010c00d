"""The engine comes from one URL in the settings, as Django's connection comes from DATABASES."""

import os

import pytest
from sqlalchemy import text

from settings_config.fastapi_app.config import Settings
from settings_config.fastapi_app.database import engine_from


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    for name in list(os.environ):
        if name.upper().startswith("SHOP_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # the default SQLite file lands here, and no stray .env
    monkeypatch.setenv("SHOP_SECRET_KEY", "s3cret")


@pytest.mark.asyncio
async def test_one_url_names_the_dialect_and_the_driver(monkeypatch):
    url = "postgresql+asyncpg://shop:pa55word@db.internal:5432/shop"
    monkeypatch.setenv("SHOP_DATABASE__URL", url)
    monkeypatch.setenv("SHOP_DATABASE__POOL_SIZE", "8")
    engine = engine_from(Settings())  # creating an engine connects to nothing yet
    try:
        assert engine.dialect.name == "postgresql"
        assert engine.dialect.driver == "asyncpg"
        assert engine.pool.size() == 8
        assert "pa55word" not in str(engine.url)  # a printed URL hides the password
    finally:
        await engine.dispose()


@pytest.mark.asyncio
async def test_the_default_url_is_a_local_sqlite_file(tmp_path):
    engine = engine_from(Settings())
    try:
        async with engine.connect() as connection:
            assert await connection.scalar(text("select 1")) == 1
        assert (tmp_path / "shop.sqlite3").exists()
    finally:
        await engine.dispose()
