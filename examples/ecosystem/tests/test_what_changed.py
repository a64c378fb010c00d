"""Claims in the page's "What changed" table; each test fails if its row stops being true."""

import importlib.util
from typing import Annotated

import pytest
from django_filters.rest_framework import DjangoFilterBackend
from fastapi import Depends, FastAPI, Query
from fastapi.testclient import TestClient
from pydantic.errors import PydanticImportError
from rest_framework import generics
from rest_framework.test import APIRequestFactory

from ecosystem.django_app.models import Product
from ecosystem.drf_app.serializers import ProductSerializer
from ecosystem.fastapi_app.filters import ProductFilters


class OldStyleList(generics.ListAPIView):
    queryset = Product.objects.order_by("name")
    serializer_class = ProductSerializer
    filter_backends = [DjangoFilterBackend]
    filter_fields = ["category"]  # the django-filter 1.x name


class NewStyleList(OldStyleList):
    filterset_fields = ["category"]


@pytest.mark.django_db
def test_filter_fields_is_silently_ignored():
    Product.objects.create(name="Kettle", category="kitchen", price="25.00")
    Product.objects.create(name="Desk lamp", category="office", price="18.50")
    request = APIRequestFactory().get("/products/", {"category": "office"})
    old = OldStyleList.as_view()(request)
    # not filtered
    assert [item["name"] for item in old.data] == ["Desk lamp", "Kettle"]
    new = NewStyleList.as_view()(request)
    assert [item["name"] for item in new.data] == ["Desk lamp"]


def test_depends_on_a_model_ignores_unknown_parameters():
    app = FastAPI()

    @app.get("/old")
    async def old(filters: Annotated[ProductFilters, Depends()]) -> dict:
        return filters.model_dump(exclude_none=True)

    @app.get("/new")
    async def new(filters: Annotated[ProductFilters, Query()]) -> dict:
        return filters.model_dump(exclude_none=True)

    client = TestClient(app)
    assert client.get("/old", params={"categry": "office"}).json() == {
        "ordering": "name"
    }
    assert client.get("/new", params={"categry": "office"}).status_code == 422


def test_basesettings_moved_out_of_pydantic():
    with pytest.raises(
        PydanticImportError,
        match="`BaseSettings` has been moved to the `pydantic-settings` package",
    ):
        from pydantic import BaseSettings  # noqa: F401


@pytest.mark.django_version("<6.0")
def test_django_5_2_has_no_task_queue():
    assert importlib.util.find_spec("django.tasks") is None  # added in Django 6.0
    # third-party, never part of Django
    assert importlib.util.find_spec("django_q") is None


@pytest.mark.django_version(">=6.0")
def test_django_6_has_a_task_api_whose_default_backend_runs_tasks_in_process():
    from django.conf import settings
    from django.tasks.backends.immediate import ImmediateBackend

    assert importlib.util.find_spec("django.tasks") is not None
    default_backend = settings.TASKS["default"]["BACKEND"]
    assert default_backend == f"{ImmediateBackend.__module__}.ImmediateBackend"
    assert importlib.util.find_spec("django_q") is None  # third-party
