from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select

from project_layout.fastapi_app.db import SessionDep
from project_layout.fastapi_app.models import Product
from project_layout.fastapi_app.schemas import QuoteRead, QuoteRequest
from project_layout.services import pricing

router = APIRouter(prefix="/quotes", tags=["quotes"])


# region quote
@router.post("/", response_model=QuoteRead)
async def create_quote(payload: QuoteRequest, session: SessionDep) -> pricing.Quote:
    # QuoteRequest has already checked shape and types.
    items = [item.model_dump() for item in payload.lines]
    lines = [pricing.OrderLine(**item) for item in items]
    skus = {line.sku for line in lines}
    query = select(Product.sku, Product.unit_price).where(Product.sku.in_(skus))
    prices = dict((await session.execute(query)).all())
    try:
        # Pure and CPU-only: calling it in async def blocks nothing.
        return pricing.quote(lines, prices, payload.coupon)
    except pricing.PricingError as error:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(error)) from error


# endregion quote
