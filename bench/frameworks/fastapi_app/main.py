"""The benchmark's FastAPI application: the same endpoints as django_site."""

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .db import engine, get_session
from .models import Item
from .schemas import ItemOut, Order, OrderSummary

FIXED_BODY = {"message": "Hello, World!", "status": "ok", "version": 1}
# Stand-in for a slow upstream service: each request waits this long without using the CPU.
UPSTREAM_DELAY = float(os.environ.get("BENCH_UPSTREAM_DELAY_MS", "50")) / 1000


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    await engine.dispose()


app = FastAPI(lifespan=lifespan)
Session = Annotated[AsyncSession, Depends(get_session)]


@app.get("/json")
async def fixed_json() -> dict[str, object]:
    return FIXED_BODY


@app.get("/items/{item_id}", response_model=ItemOut)
async def item_detail(item_id: int, session: Session) -> Item:
    item = await session.get(Item, item_id)
    if item is None:
        raise HTTPException(status_code=404, detail="No item matches the given query.")
    return item


@app.get("/items", response_model=list[ItemOut])
async def item_list(
    session: Session, limit: Annotated[int, Query(ge=1, le=100)] = 20
) -> list[Item]:
    result = await session.scalars(select(Item).order_by(Item.id).limit(limit))
    return list(result.all())


@app.get("/upstream")
async def upstream() -> dict[str, int]:
    await asyncio.sleep(
        UPSTREAM_DELAY
    )  # frees the event loop, as an async HTTP client would
    return {"waited_ms": round(UPSTREAM_DELAY * 1000)}


@app.post("/validate")
async def validate(order: Order) -> OrderSummary:
    total = sum((line.quantity * line.unit_price for line in order.lines), Decimal("0"))
    return OrderSummary(lines=len(order.lines), total=total.quantize(Decimal("0.01")))
