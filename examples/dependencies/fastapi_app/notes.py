from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, ConfigDict, Field

from dependencies.fastapi_app.db import SessionDep
from dependencies.fastapi_app.deps import (
    CurrentUser,
    OwnedNotes,
    PageDep,
    require_admin,
    verify_key,
)
from dependencies.fastapi_app.models import Note


class NoteCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)


class NoteImport(BaseModel):
    titles: list[str] = Field(min_length=1)


class NoteRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    created_at: datetime


# region router
# Every route on this router needs the API key; no endpoint has to mention it.
router = APIRouter(
    prefix="/api/notes", tags=["notes"], dependencies=[Depends(verify_key)]
)


@router.get("", response_model=list[NoteRead])
async def list_notes(
    session: SessionDep, notes: OwnedNotes, page: PageDep
) -> list[Note]:
    return list(await session.scalars(page.apply(notes)))


# endregion router


# region endpoints
@router.get("/{note_id}", response_model=NoteRead)
async def read_note(note_id: int, session: SessionDep, notes: OwnedNotes) -> Note:
    note = await session.scalar(notes.where(Note.id == note_id))
    if note is None:  # someone else's note is "not found", as with DRF's get_queryset()
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Note not found")
    return note


@router.post("", response_model=NoteRead, status_code=status.HTTP_201_CREATED)
async def create_note(
    payload: NoteCreate, session: SessionDep, notes: OwnedNotes, user: CurrentUser
) -> Note:
    if await session.scalar(notes.where(Note.title == payload.title)) is not None:
        raise HTTPException(
            status.HTTP_409_CONFLICT, "You already have a note with this title."
        )
    # perform_create(): owner from the user
    note = Note(title=payload.title, owner_id=user.id)
    session.add(note)
    await session.flush()  # assigns note.id; get_session commits after the endpoint
    return note


# endregion endpoints


# region admin
@router.delete(
    "/{note_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    dependencies=[Depends(require_admin)],
)
async def delete_note(note_id: int, session: SessionDep, notes: OwnedNotes) -> None:
    note = await session.scalar(notes.where(Note.id == note_id))
    if note is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Note not found")
    await session.delete(note)


# endregion admin


# region import
@router.post("/import", status_code=status.HTTP_201_CREATED)
async def import_notes(
    payload: NoteImport, session: SessionDep, notes: OwnedNotes, user: CurrentUser
) -> dict[str, int]:
    for title in payload.titles:
        # The query autoflushes the notes added so far: they are in the transaction now.
        if await session.scalar(notes.where(Note.title == title)) is not None:
            # get_session sees this exception and rolls the whole request back.
            raise HTTPException(status.HTTP_409_CONFLICT, f"Duplicate title: {title}")
        session.add(Note(title=title, owner_id=user.id))
    return {"created": len(payload.titles)}


# endregion import
