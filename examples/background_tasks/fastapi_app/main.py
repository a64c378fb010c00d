from fastapi import BackgroundTasks, FastAPI, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from background_tasks.fastapi_app import worker
from background_tasks.fastapi_app.db import SessionDep, SessionFactoryDep
from background_tasks.fastapi_app.emails import send_welcome_email
from background_tasks.fastapi_app.models import Signup
from background_tasks.fastapi_app.schemas import SignupCreate, SignupRead

app = FastAPI(title="Background tasks example")


# region save
async def save_signup(session: AsyncSession, payload: SignupCreate) -> Signup:
    signup = Signup(email=payload.email)
    session.add(signup)
    try:
        await session.commit()
    except IntegrityError as error:
        raise HTTPException(
            status.HTTP_409_CONFLICT, "This email is already signed up."
        ) from error
    return signup


# endregion save


# region background
@app.post("/signups", response_model=SignupRead, status_code=status.HTTP_201_CREATED)
async def create_signup(
    payload: SignupCreate,
    session: SessionDep,
    session_factory: SessionFactoryDep,
    background_tasks: BackgroundTasks,
) -> Signup:
    signup = await save_signup(session, payload)  # committed, or a 409 and no task
    # Runs after the response is sent, in this process: no retries, lost if the process
    # stops.
    background_tasks.add_task(send_welcome_email, session_factory, signup.id)
    return signup


# endregion background


# region queued
@app.post(
    "/queued-signups", response_model=SignupRead, status_code=status.HTTP_201_CREATED
)
async def create_queued_signup(payload: SignupCreate, session: SessionDep) -> Signup:
    # enqueue only after the commit succeeded
    signup = await save_signup(session, payload)
    # Publishing to the broker is blocking network I/O: keep it off the event loop.
    await run_in_threadpool(worker.send_welcome_email.delay, signup.id)
    return signup


# endregion queued
