from fastapi import FastAPI, HTTPException, status
from sqlalchemy.orm import selectinload
from sqlmodel import select

from sqlmodel_models.db import SessionDep
from sqlmodel_models.models import (
    Author,
    AuthorCreate,
    AuthorPublic,
    AuthorPublicWithPosts,
    Post,
    PostCreate,
    PostPublic,
)

app = FastAPI()


# region create
@app.post("/authors", response_model=AuthorPublic, status_code=status.HTTP_201_CREATED)
async def create_author(data: AuthorCreate, session: SessionDep) -> Author:
    author = Author.model_validate(data)  # the table object, built from the schema
    session.add(author)
    await session.commit()
    return author  # response_model filters it through AuthorPublic


# endregion create


# region posts
@app.post(
    "/authors/{author_id}/posts",
    response_model=PostPublic,
    status_code=status.HTTP_201_CREATED,
)
async def create_post(author_id: int, data: PostCreate, session: SessionDep) -> Post:
    if await session.get(Author, author_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Author not found")
    post = Post.model_validate(data, update={"author_id": author_id})
    session.add(post)
    await session.commit()
    return post


@app.get("/authors/{author_id}", response_model=AuthorPublicWithPosts)
async def read_author(author_id: int, session: SessionDep) -> Author:
    statement = (
        select(Author)
        .where(Author.id == author_id)
        .options(selectinload(Author.posts))  # load them now, in one more query
    )
    author = (await session.exec(statement)).first()
    if author is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Author not found")
    return author


# endregion posts
