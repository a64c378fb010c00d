import pytest

from sqlmodel_models import db

pytestmark = pytest.mark.asyncio
ADA = {"email": "ada@example.com", "display_name": "Ada"}


async def test_create_returns_the_public_schema(client):
    response = await client.post("/authors", json=ADA)
    assert response.status_code == 201
    assert response.json() == {**ADA, "id": 1}


async def test_the_request_schema_validates(client):
    bad = await client.post("/authors", json={"email": "ada", "display_name": ""})
    assert bad.status_code == 422
    assert [error["loc"] for error in bad.json()["detail"]] == [
        ["body", "email"],
        ["body", "display_name"],
    ]


async def test_a_client_cannot_choose_the_id(client):
    response = await client.post("/authors", json={**ADA, "id": 99})
    assert response.json()["id"] == 1  # AuthorCreate has no id: the key is ignored


async def test_author_with_posts_loaded_by_selectinload(client):
    author_id = (await client.post("/authors", json=ADA)).json()["id"]
    for title in ["Engines", "Notes"]:
        post = {"title": title, "published_at": "2026-03-01T09:00:00+01:00"}
        created = await client.post(f"/authors/{author_id}/posts", json=post)
        assert created.status_code == 201
    response = await client.get(f"/authors/{author_id}")
    assert response.json() == {
        **ADA,
        "id": author_id,
        "posts": [
            {
                "title": title,
                "published_at": "2026-03-01T08:00:00Z",  # stored and read back in UTC
                "id": post_id,
                "author_id": author_id,
            }
            for post_id, title in [(1, "Engines"), (2, "Notes")]
        ],
    }


async def test_a_naive_timestamp_is_a_422_not_a_500(client):
    author_id = (await client.post("/authors", json=ADA)).json()["id"]
    post = {"title": "Engines", "published_at": "2026-03-01T09:00:00"}
    response = await client.post(f"/authors/{author_id}/posts", json=post)
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "timezone_aware"


async def test_unknown_author_is_404(client):
    assert (await client.get("/authors/9")).status_code == 404
    post = await client.post("/authors/9/posts", json={"title": "Orphan"})
    assert post.status_code == 404


async def test_the_real_session_dependency_opens_a_session():
    sessions = db.get_session()
    session = await anext(sessions)
    assert session.bind is db.engine
    await sessions.aclose()
