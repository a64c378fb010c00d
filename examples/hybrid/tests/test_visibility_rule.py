"""A rule written twice, once per ORM, is checked by one table of cases run against both."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import String, select
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from hybrid.django_app.models import Article as DjangoArticle
from hybrid.fastapi_app.models import Article, visible

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)

# region cases
CASES = [  # (status, published_at, visible?)
    ("draft", None, False),
    ("draft", NOW - timedelta(days=1), False),
    ("published", NOW - timedelta(days=1), True),
    ("published", NOW, True),  # the boundary: published this very second
    ("published", NOW + timedelta(microseconds=1), False),  # scheduled
    ("published", None, False),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("status", "published_at", "expected"), CASES)
async def test_django_and_sqlalchemy_agree_on_what_is_visible(
    database_url, status, published_at, expected
):
    await DjangoArticle.objects.acreate(
        title="T", slug="t", body="b", status=status, published_at=published_at
    )
    django_says = await DjangoArticle.objects.visible(NOW).aexists()

    engine = create_async_engine(database_url)
    async with engine.connect() as connection:
        sqlalchemy_says = (
            await connection.scalar(select(Article.id).where(visible(NOW)))
        ) is not None
    await engine.dispose()

    assert django_says == sqlalchemy_says == expected


# endregion cases


# region sqlite_text
@pytest.mark.asyncio
async def test_on_sqlite_one_instant_is_stored_as_two_different_strings(database_url):
    await DjangoArticle.objects.acreate(
        title="D", slug="by-django", body="b", status="published", published_at=NOW
    )
    engine = create_async_engine(database_url)
    # the second row is written the way FastAPI writes
    async with AsyncSession(engine) as session:
        session.add(
            Article(
                title="S",
                slug="by-sqlalchemy",
                body="b",
                status="published",
                published_at=NOW,
            )
        )
        await session.commit()
        stored = dict(
            (
                await session.execute(
                    select(Article.slug, Article.published_at.cast(String))
                )
            ).all()
        )
        sqlalchemy_sees = set(
            await session.scalars(select(Article.slug).where(visible(NOW)))
        )
    await engine.dispose()

    assert stored == {
        "by-django": "2025-06-01 12:00:00",
        "by-sqlalchemy": "2025-06-01 12:00:00.000000",
    }
    assert sqlalchemy_sees == {"by-django", "by-sqlalchemy"}
    # text comparison
    assert [article.slug async for article in DjangoArticle.objects.visible(NOW)] == [
        "by-django"
    ]


# endregion sqlite_text
