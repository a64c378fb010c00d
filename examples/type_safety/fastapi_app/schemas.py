from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

# region types
# Annotated[type, metadata]: a type checker sees str and int; Pydantic also reads the
# rules.
Title = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
]
PageCount = Annotated[int, Field(ge=1, le=10_000)]
# endregion types


# region book
class BookCreate(BaseModel):
    title: Title
    pages: PageCount
    in_print: bool = True
    published_on: date | None = None

    @model_validator(mode="after")
    def not_in_the_future(self) -> "BookCreate":
        # published_on is date | None here: a checker insists on the None test.
        if self.published_on is not None and self.published_on > date.today():
            raise ValueError("published_on cannot be in the future")
        return self


class BookOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    pages: int
    in_print: bool
    published_on: date | None


# endregion book


# region strict
class StrictPages(BookCreate):
    # One field strict: "12" is refused, true/false and dates are still parsed.
    pages: PageCount = Field(strict=True)


class StrictBookCreate(BookCreate):
    # Every field strict: under FastAPI 0.115 that includes refusing "2024-05-01" for a
    # date.
    model_config = ConfigDict(strict=True)


# endregion strict
