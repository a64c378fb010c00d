"""Each row of the page's "What changed" table, checked against the installed FastAPI and SQLAlchemy."""

import warnings
from typing import Annotated

import pytest
from fastapi import Depends, FastAPI, HTTPException
from fastapi.exceptions import FastAPIError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session


async def get_token() -> str:
    return "t"


@pytest.mark.asyncio
async def test_default_value_depends_still_works_without_a_warning():
    app = FastAPI()

    @app.get("/old")
    async def old_style(token: str = Depends(get_token)) -> str:
        return token

    @app.get("/new")
    async def new_style(token: Annotated[str, Depends(get_token)]) -> str:
        return token

    with warnings.catch_warnings():
        # not deprecated: the docs simply prefer Annotated
        warnings.simplefilter("error")
        async with AsyncClient(
            transport=ASGITransport(app=app), base_url="http://test"
        ) as client:
            assert (
                (await client.get("/old")).json()
                == (await client.get("/new")).json()
                == "t"
            )


def test_async_session_has_no_legacy_query_api():
    assert hasattr(Session, "query")  # the 1.x API, still on the sync Session
    # an AsyncSession only runs select() statements
    assert not hasattr(AsyncSession, "query")


@pytest.mark.asyncio
async def test_a_yield_dependency_that_swallows_the_exception_breaks_the_response():
    async def swallowing_session():
        try:
            yield "session"
        except Exception:
            pass  # rollback without "raise": the pattern the page warns about

    app = FastAPI()

    @app.get("/conflict")
    async def conflict(session: Annotated[str, Depends(swallowing_session)]) -> None:
        raise HTTPException(409, "conflict")

    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        # Since FastAPI 0.110 the 409 is lost: FastAPI reports that no response was
        # produced.
        with pytest.raises(FastAPIError, match="not raising the exception again"):
            await client.get("/conflict")


@pytest.mark.asyncio
async def test_default_http_bearer_answers_401_with_a_challenge():
    app = FastAPI()

    @app.get("/me")
    async def me(
        credentials: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())],
    ) -> str:
        return credentials.credentials

    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        response = await client.get("/me")
    # FastAPI 0.122 moved from 403 without a challenge to 401 with one (fastapi#13786).
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.asyncio
@pytest.mark.parametrize(("scope", "status"), [(None, 201), ("function", 500)])
async def test_when_the_code_after_yield_runs(scope, status):
    saved = []

    async def failing_session():
        yield saved
        raise RuntimeError("commit failed")  # the commit after yield

    app = FastAPI()

    @app.post("/notes", status_code=201)
    async def create(
        session: Annotated[list, Depends(failing_session, scope=scope)],
    ) -> None:
        session.append("note")

    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.post("/notes")
    # Default ("request" since FastAPI 0.118): after the response, so the client saw a
    # 201 for a write that failed. scope="function" (0.121): before it, so the client
    # gets a 500.
    assert response.status_code == status
