from datetime import datetime

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from data_modeling.fastapi_app import db
from data_modeling.fastapi_app.models import Author, Post
from data_modeling.fastapi_app.schemas import AuthorCreate, AuthorRead


@pytest.mark.asyncio
async def test_create_author_returns_only_the_output_schema(client):
    response = await client.post(
        "/authors", json={"email": "ada@example.com", "display_name": "Ada"}
    )
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "email", "display_name", "joined_at"}
    assert body["joined_at"]  # server_default, fetched back with RETURNING


@pytest.mark.asyncio
async def test_duplicate_email_is_a_409(client):
    payload = {"email": "ada@example.com", "display_name": "Ada"}
    assert (await client.post("/authors", json=payload)).status_code == 201
    response = await client.post("/authors", json=payload)
    assert response.status_code == 409
    assert response.json() == {"detail": "An author with this email already exists."}


@pytest.mark.asyncio
async def test_invalid_input_is_a_422(client):
    response = await client.post(
        "/authors", json={"email": "not-an-email", "display_name": ""}
    )
    assert response.status_code == 422
    assert {error["loc"][-1] for error in response.json()["detail"]} == {
        "email",
        "display_name",
    }


@pytest.mark.asyncio
async def test_detail_nests_posts_newest_first(client, session_factory):
    async with session_factory() as session:
        author = Author(email="ada@example.com", display_name="Ada")
        session.add(author)
        await session.flush()
        for number in range(3):
            session.add(
                Post(author_id=author.id, title=f"Post {number}", slug=f"post-{number}")
            )
            await session.flush()
        await session.commit()
    response = await client.get(f"/authors/{author.id}")
    assert response.status_code == 200
    posts = response.json()["posts"]
    assert len(posts) == 3 and {post["status"] for post in posts} == {"draft"}


@pytest.mark.asyncio
async def test_missing_author_is_a_404(client):
    response = await client.get("/authors/999")
    assert response.status_code == 404


@pytest.mark.asyncio
async def test_unloaded_relationship_raises_instead_of_querying(session_factory):
    async with session_factory() as session:
        session.add(Author(email="ada@example.com", display_name="Ada"))
        await session.commit()
        author = await session.get(Author, 1)
        with pytest.raises(Exception, match="lazy='raise'"):
            _ = author.posts


@pytest.mark.asyncio
async def test_email_is_unique_in_the_database(session_factory):
    async with session_factory() as session:
        session.add_all(
            [
                Author(email="a@example.com", display_name="A"),
                Author(email="a@example.com", display_name="B"),
            ]
        )
        with pytest.raises(IntegrityError):
            await session.commit()


def test_indexes_declared_on_the_models():
    posts = inspect(Post).local_table
    indexed = {
        tuple(column.name for column in index.columns) for index in posts.indexes
    }
    assert ("author_id",) in indexed and ("status", "created_at") in indexed
    assert Author.__table__.c.email.unique


def test_from_attributes_reads_an_orm_object():
    author = Author(id=1, email="ada@example.com", display_name="Ada")
    author.joined_at = datetime(2024, 1, 1)
    assert AuthorRead.model_validate(author).model_dump()["email"] == "ada@example.com"
    assert AuthorCreate(email="ada@example.com", display_name="Ada").model_dump() == {
        "email": "ada@example.com",
        "display_name": "Ada",
    }


@pytest.mark.asyncio
async def test_get_session_yields_a_working_session(monkeypatch, session_factory):
    monkeypatch.setattr(db, "SessionFactory", session_factory)
    async for session in db.get_session():
        assert isinstance(session, AsyncSession)
        assert (await session.execute(text("select 1"))).scalar() == 1
