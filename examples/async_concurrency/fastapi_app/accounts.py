from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from async_concurrency.fastapi_app.db import SessionDep
from async_concurrency.fastapi_app.models import Account, Entry

router = APIRouter()


class TransferIn(BaseModel):
    source: int
    target: int
    amount: int = Field(gt=0)


# region orm
@router.get("/accounts/{account_id}")
async def account_detail(account_id: int, session: SessionDep) -> dict[str, object]:
    query = select(Account).where(Account.id == account_id).options(selectinload(Account.entries))
    account = await session.scalar(query)  # two awaited queries: the account, then its entries
    if account is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such account")
    entries = [entry.amount for entry in account.entries]
    return {"owner": account.owner, "balance": account.balance, "entries": entries}


@router.post("/transfers")
async def transfer(payload: TransferIn, session: SessionDep) -> dict[str, str]:
    async with session.begin():  # commits when the block ends, rolls back if anything escapes it
        source = await session.get(Account, payload.source, with_for_update=True)
        if source is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "No such account")
        if source.balance < payload.amount:
            raise HTTPException(status.HTTP_409_CONFLICT, f"Account {source.id} cannot pay")
        source.balance -= payload.amount
        target = await session.get(Account, payload.target, with_for_update=True)
        if target is None:  # leaving the block with an exception undoes the debit
            raise HTTPException(status.HTTP_404_NOT_FOUND, "No such account")
        target.balance += payload.amount
        session.add(Entry(account=source, amount=-payload.amount))
        session.add(Entry(account=target, amount=payload.amount))
    return {"status": "done"}
# endregion orm
