from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

import httpx2
from fastapi import Depends, FastAPI, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from testing.fastapi_app.config import SettingsDep, get_settings
from testing.fastapi_app.db import SessionDep, engine
from testing.fastapi_app.models import Task, User


# region lifespan
@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # a direct call: app.dependency_overrides does not reach it
    settings = get_settings()
    async with httpx2.AsyncClient(base_url=settings.webhook_url, timeout=5) as webhooks:
        app.state.webhooks = webhooks  # one connection pool for the whole process
        yield  # the application serves requests here
        del app.state.webhooks  # nothing may use the client once it is closed
    await engine.dispose()


app = FastAPI(title="Testing example", lifespan=lifespan)


async def get_webhooks(request: Request) -> httpx2.AsyncClient:
    return request.app.state.webhooks  # AttributeError if the lifespan never ran


WebhooksDep = Annotated[httpx2.AsyncClient, Depends(get_webhooks)]


@app.get("/health")
async def health(webhooks: WebhooksDep) -> dict[str, str]:
    return {"status": "ok", "webhooks": str(webhooks.base_url)}


# endregion lifespan


bearer = HTTPBearer(auto_error=False)


async def get_current_user(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    token = credentials.credentials if credentials else ""
    user = await session.scalar(select(User).where(User.token == token))
    if user is None:
        challenge = {"WWW-Authenticate": "Bearer"}
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "Not authenticated", headers=challenge
        )
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


class TaskCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)


class TaskRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    done: bool


# region tasks
@app.get("/tasks", response_model=list[TaskRead])
async def list_tasks(session: SessionDep, user: CurrentUser) -> list[Task]:
    query = select(Task).where(Task.owner_id == user.id).order_by(Task.id)
    return list(await session.scalars(query))


@app.post("/tasks", response_model=TaskRead, status_code=status.HTTP_201_CREATED)
async def create_task(
    payload: TaskCreate,
    session: SessionDep,
    user: CurrentUser,
    settings: SettingsDep,
    webhooks: WebhooksDep,
) -> Task:
    limit = settings.max_open_tasks
    open_tasks = select(func.count()).where(
        Task.owner_id == user.id, Task.done.is_(False)
    )
    if await session.scalar(open_tasks) >= limit:
        raise HTTPException(
            status.HTTP_409_CONFLICT, f"You already have {limit} open tasks."
        )
    task = Task(title=payload.title, owner_id=user.id)
    session.add(task)
    try:
        await session.commit()
    except IntegrityError as error:
        await session.rollback()  # in a test, this must not undo the test's own setup
        raise HTTPException(
            status.HTTP_409_CONFLICT, "You already have this task."
        ) from error
    await webhooks.post("/tasks", json={"event": "task.created", "id": task.id})
    return task


# endregion tasks
