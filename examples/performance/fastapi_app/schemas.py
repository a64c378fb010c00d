from pydantic import BaseModel, ConfigDict, TypeAdapter


# region schemas
class BookRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    year: int
    author_name: str


# Building an adapter compiles a validator and a serializer: do it once, at import time.
BookList = TypeAdapter(list[BookRead])
# endregion schemas
