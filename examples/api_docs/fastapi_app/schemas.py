from pydantic import BaseModel, ConfigDict, Field

ISBN_PATTERN = r"^\d{13}$"


# region schemas
class BookIn(BaseModel):
    title: str = Field(
        min_length=1,
        max_length=200,
        description="The title on the cover.",
        examples=["Two Scoops of Django"],
    )
    isbn: str = Field(
        pattern=ISBN_PATTERN,
        description="ISBN-13, digits only.",
        examples=["9780692915721"],
    )
    year: int = Field(
        ge=1450, le=2100, description="Year of first publication.", examples=[2020]
    )


class Book(BookIn):
    """A book in the catalogue."""

    # A whole-object example in the JSON Schema, for the docs pages and for client
    # tools.
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 1,
                    "title": "Two Scoops of Django",
                    "isbn": "9780692915721",
                    "year": 2020,
                }
            ]
        }
    )

    id: int


class BookSummary(BaseModel):
    id: int
    title: str


class Message(BaseModel):
    detail: str


# endregion schemas
