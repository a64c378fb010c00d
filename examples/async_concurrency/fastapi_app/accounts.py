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
    query = (
        select(Account)
        .where(Account.id == account_id)
        .options(selectinload(Account.entries))
    )
    # two awaited queries: the account, then its entries
    account = await session.scalar(query)
    if account is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such account")
    entries = [entry.amount for entry in account.entries]
    return {"owner": account.owner, "balance": account.balance, "entries": entries}


@router.post("/transfers")
async def transfer(payload: TransferIn, session: SessionDep) -> dict[str, str]:
    # commits when the block ends, rolls back if anything escapes it
    async with session.begin():
        # Lock both rows in primary-key order, whichever way the money goes (no
        # deadlock).
        locked = {
            account_id: await session.get(Account, account_id, with_for_update=True)
            for account_id in sorted({payload.source, payload.target})
        }
        source, target = locked[payload.source], locked[payload.target]
        if source is None or target is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "No such account")
        if source.balance < payload.amount:
            raise HTTPException(
                status.HTTP_409_CONFLICT, f"Account {source.id} cannot pay"
            )
        source.balance -= payload.amount
        target.balance += payload.amount
        session.add(Entry(account=source, amount=-payload.amount))
        session.add(Entry(account=target, amount=payload.amount))
    return {"status": "done"}


# endregion orm
