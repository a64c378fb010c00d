from collections.abc import Sequence

from fastapi import APIRouter, status
from sqlalchemy import select

from project_layout.fastapi_app.db import SessionDep
from project_layout.fastapi_app.models import Product
from project_layout.fastapi_app.schemas import ProductCreate, ProductRead

# region router
router = APIRouter(prefix="/products", tags=["products"])


@router.get("/", response_model=list[ProductRead])
async def list_products(session: SessionDep) -> Sequence[Product]:
    query = select(Product).order_by(Product.sku)
    return (await session.scalars(query)).all()


@router.post("/", response_model=ProductRead, status_code=status.HTTP_201_CREATED)
async def create_product(payload: ProductCreate, session: SessionDep) -> Product:
    product = Product(**payload.model_dump())
    session.add(product)
    await session.commit()
    return product


# endregion router
