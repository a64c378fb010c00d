from fastapi import APIRouter

from async_concurrency.fastapi_app.db import SessionDep
from async_concurrency.fastapi_app.models import Account

router = APIRouter()


# region mistakes
@router.get("/mistakes/accounts/{account_id}/entries")
async def entries_loaded_lazily(account_id: int, session: SessionDep) -> list[int]:
    account = await session.get(Account, account_id)
    # A lazy load is a hidden sync query: in async code SQLAlchemy raises
    # MissingGreenlet.
    return [entry.amount for entry in account.entries]


# endregion mistakes
