"""Each row of the page's "What changed" table, checked against the installed FastAPI and SQLAlchemy."""

import warnings
from typing import Annotated

import pytest
from fastapi import Depends, FastAPI, HTTPException
from fastapi.exceptions import FastAPIError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from httpx import ASGITransport, AsyncClient
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
        warnings.simplefilter("error")  # not deprecated: the docs simply prefer Annotated
        async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
            assert (await client.get("/old")).json() == (await client.get("/new")).json() == "t"


def test_async_session_has_no_legacy_query_api():
    assert hasattr(Session, "query")  # the 1.x API, still on the sync Session
    assert not hasattr(AsyncSession, "query")  # an AsyncSession only runs select() statements


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

    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        # Since FastAPI 0.110 the 409 is lost: FastAPI reports that no response was produced.
        with pytest.raises(FastAPIError, match="not raising the exception again"):
            await client.get("/conflict")


@pytest.mark.asyncio
async def test_default_http_bearer_answers_403_without_a_challenge():
    app = FastAPI()

    @app.get("/me")
    async def me(credentials: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())]) -> str:
        return credentials.credentials

    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        response = await client.get("/me")
    # FastAPI 0.115: 403 and no WWW-Authenticate header. Later releases moved to 401 (fastapi#13786).
    assert response.status_code == 403 and "www-authenticate" not in response.headers
