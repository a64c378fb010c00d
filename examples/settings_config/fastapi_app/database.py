"""The engine built from the settings: what Django builds from DATABASES."""

from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from settings_config.fastapi_app.config import Settings


# region engine
def engine_from(settings: Settings) -> AsyncEngine:
    # One URL names the database, the dialect and the driver:
    # SHOP_DATABASE__URL=postgresql+asyncpg://shop:password@db:5432/shop
    return create_async_engine(
        settings.database.url,
        pool_size=settings.database.pool_size,  # connections kept open, per process
        pool_pre_ping=True,  # replaces a connection the database closed meanwhile
    )


# endregion engine
