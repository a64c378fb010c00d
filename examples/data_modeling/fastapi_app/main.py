from fastapi import BackgroundTasks, FastAPI, HTTPException, status
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from data_modeling.fastapi_app.db import SessionDep
from data_modeling.fastapi_app.models import Author
from data_modeling.fastapi_app.notifications import send_welcome_email
from data_modeling.fastapi_app.schemas import AuthorCreate, AuthorDetail, AuthorRead

app = FastAPI(title="Data modeling example")


# region create
@app.post("/authors", response_model=AuthorRead, status_code=status.HTTP_201_CREATED)
async def create_author(
    payload: AuthorCreate, session: SessionDep, background: BackgroundTasks
) -> Author:
    author = Author(**payload.model_dump())
    session.add(author)
    try:
        await session.commit()  # the UNIQUE constraint is checked here, by the database
    except IntegrityError as error:
        await session.rollback()
        raise HTTPException(
            status.HTTP_409_CONFLICT, "An author with this email already exists."
        ) from error
    # Django's post_save receiver, called explicitly: after the commit, and only on this
    # path.
    background.add_task(send_welcome_email, author.email, author.display_name)
    return author


# endregion create


# region detail
@app.get("/authors/{author_id}", response_model=AuthorDetail)
async def read_author(author_id: int, session: SessionDep) -> Author:
    query = (
        select(Author).where(Author.id == author_id).options(selectinload(Author.posts))
    )
    author = await session.scalar(query)
    if author is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Author not found")
    return author


# endregion detail
