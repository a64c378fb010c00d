from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import func, select

from auth.fastapi_app.cookies import router as cookie_router
from auth.fastapi_app.db import SessionDep
from auth.fastapi_app.models import Message, User
from auth.fastapi_app.ratelimit import login_rate_limit
from auth.fastapi_app.schemas import MessageIn, MessageOut, Token
from auth.fastapi_app.security import (
    SCOPES,
    Reader,
    Writer,
    authenticate,
    calling_service,
    token_claims,
)
from auth.fastapi_app.tokens import create_token, get_token_settings


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # no JWT_SECRET_KEY: a ValidationError, and the service stops here
    get_token_settings()
    yield


app = FastAPI(title="Authentication example", lifespan=lifespan)
app.include_router(cookie_router)


# region token
@app.post("/token", dependencies=[Depends(login_rate_limit)])
async def issue_token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep
) -> Token:
    # OAuth2's password grant is a form post (username, password, scope), not JSON.
    user = await authenticate(session, form.username, form.password)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    # never grant a scope just because it was asked for
    granted = set(form.scopes) & set(SCOPES)
    return Token(access_token=create_token(str(user.id), granted))


# endregion token


# region messages
@app.get("/users/me")
async def read_me(user: Reader) -> dict[str, str | bool]:
    return {"username": user.username, "is_staff": user.is_staff}


@app.get("/messages")
async def list_messages(user: Reader, session: SessionDep) -> list[MessageOut]:
    return list(await session.scalars(select(Message).order_by(Message.id)))


@app.post("/messages", status_code=status.HTTP_201_CREATED)
async def create_message(
    payload: MessageIn, user: Writer, session: SessionDep
) -> MessageOut:
    message = Message(owner_id=user.id, text=payload.text)
    session.add(message)
    await session.commit()
    return message


# endregion messages


# region delete
@app.delete("/messages/{message_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_message(message_id: int, user: Writer, session: SessionDep) -> None:
    message = await session.get(Message, message_id)
    if message is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Message not found")
    # DRF's has_object_permission, written where the object is loaded.
    if message.owner_id != user.id and not user.is_staff:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "Only the author of a message can delete it."
        )
    await session.delete(message)
    await session.commit()


# endregion delete


# region other-schemes
@app.get("/tokens/introspect")
async def introspect(claims: Annotated[dict, Depends(token_claims)]) -> dict[str, str]:
    return {"sub": claims["sub"], "scope": claims["scope"]}


@app.get("/internal/user-count")
async def user_count(
    service: Annotated[str, Depends(calling_service)], session: SessionDep
) -> dict[str, str | int]:
    users = await session.scalar(select(func.count()).select_from(User))
    return {"service": service, "users": users}


# endregion other-schemes
