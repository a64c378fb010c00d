import hashlib
import secrets

from fastapi import APIRouter, FastAPI, HTTPException, status
from sqlalchemy.exc import IntegrityError

from validation.fastapi_app.db import SessionDep
from validation.fastapi_app.models import Account, Order, OrderLine
from validation.fastapi_app.schemas import (
    AccountCreate,
    AccountRead,
    AccountUpdate,
    OrderIn,
    OrderOut,
)

router = APIRouter()


def hash_password(password: str) -> str:
    # Standard-library scrypt keeps the example dependency-free; prefer pwdlib with
    # Argon2.
    salt = secrets.token_hex(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt.encode(), n=2**14, r=8, p=1
    ).hex()
    return f"scrypt${salt}${digest}"


# region signup
@router.post(
    "/accounts", response_model=AccountRead, status_code=status.HTTP_201_CREATED
)
async def sign_up(payload: AccountCreate, session: SessionDep) -> Account:
    fields = payload.model_dump(exclude={"password", "password_confirm"})
    account = Account(**fields, password=hash_password(payload.password))
    session.add(account)
    try:
        await session.commit()
    except IntegrityError as error:
        await session.rollback()
        raise HTTPException(
            status.HTTP_409_CONFLICT, "This username is taken."
        ) from error
    return account  # has .password (the hash); AccountRead filters it out


# endregion signup


# region update
@router.patch("/accounts/{account_id}", response_model=AccountRead)
async def update_account(
    account_id: int, payload: AccountUpdate, session: SessionDep
) -> Account:
    account = await session.get(Account, account_id)
    if account is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Account not found.")
    changes = payload.model_dump(exclude_unset=True)  # only the fields the client sent
    for field, value in changes.items():
        setattr(account, field, value)
    await session.commit()
    return account


# endregion update


# region nested
@router.post("/orders", response_model=OrderOut, status_code=status.HTTP_201_CREATED)
async def create_order(payload: OrderIn, session: SessionDep) -> Order:
    lines = [OrderLine(**line.model_dump()) for line in payload.lines]
    order = Order(ship_to=payload.ship_to, lines=lines)
    session.add(order)  # the lines are saved with it, in one transaction
    await session.commit()
    return order


# endregion nested


app = FastAPI(title="Validation example")
app.include_router(router)
