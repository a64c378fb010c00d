from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class ArticleRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str
    title: str
    body: str
    updated_at: datetime


class ArticleSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str
    title: str


class ArticleUpdate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    body: str
