from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from ecosystem.fastapi_app.config import Settings
from ecosystem.fastapi_app.db import SessionDep, make_engine
from ecosystem.fastapi_app.filters import ProductFilters
from ecosystem.fastapi_app.models import Product

router = APIRouter()


class ProductOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    category: str
    price: Decimal
    in_stock: bool


# region list
@router.get("/products")
async def list_products(
    filters: Annotated[ProductFilters, Query()], session: SessionDep
) -> list[ProductOut]:
    # One model for the whole query string: parsed, validated and documented (FastAPI
    # 0.115+).
    products = await session.scalars(filters.apply(select(Product)))
    return [ProductOut.model_validate(product) for product in products]


# endregion list


# region factory
def create_app(settings: Settings) -> FastAPI:
    engine = make_engine(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        await engine.dispose()

    app = FastAPI(title="Ecosystem example", debug=settings.debug, lifespan=lifespan)
    app.state.sessions = async_sessionmaker(engine, expire_on_commit=False)
    # region cors
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,  # exact origins: scheme, host and port
        allow_methods=["GET"],
        max_age=600,
    )
    # endregion cors
    app.include_router(router)
    return app


# endregion factory
