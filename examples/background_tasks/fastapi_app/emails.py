from fastapi.concurrency import run_in_threadpool
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from background_tasks.fastapi_app import mailer
from background_tasks.fastapi_app.models import SentEmail, Signup


# region welcome
async def send_welcome_email(
    session_factory: async_sessionmaker[AsyncSession], signup_id: int
) -> str:
    # The request's session is closed by now: a background task opens its own.
    async with session_factory() as session:
        signup = await session.get(Signup, signup_id)
        if signup is None:
            return "signup gone"
        session.add(
            SentEmail(idempotency_key=f"welcome:{signup.id}", recipient=signup.email)
        )
        try:
            await session.flush()  # the UNIQUE key is checked here
        except IntegrityError:
            return "already sent"
        # smtplib blocks, so it runs in a worker thread instead of on the event loop.
        await run_in_threadpool(mailer.deliver, mailer.welcome_message(signup.email))
        await session.commit()
    return "sent"


# endregion welcome
