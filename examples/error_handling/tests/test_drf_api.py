import pytest
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from rest_framework.authentication import SessionAuthentication
from rest_framework.settings import api_settings
from rest_framework.test import APIRequestFactory
from rest_framework.views import APIView

from error_handling.django_app.models import Product
from exchanges import record

pytestmark = [pytest.mark.django_db, pytest.mark.urls("error_handling.drf_app.urls")]

PROBLEM_JSON = "application/problem+json"


@pytest.fixture
def lamp() -> Product:
    return Product.objects.create(name="Lamp", stock=2)


# Without the setting: DRF's own formats.


def test_default_drf_error_is_a_detail_dict(drf_client):
    response = drf_client.get("/products/99")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Product 99 does not exist."}


def test_default_validation_error_is_a_400_field_dict(drf_client, lamp):
    response = drf_client.post(
        f"/products/{lamp.pk}/reservations", {"quantity": 0}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {
        "quantity": ["Ensure this value is greater than or equal to 1."]
    }
    record("error_handling/drf-invalid-quantity", response)


def test_api_exception_subclass_uses_status_code_and_detail(drf_client, lamp):
    response = drf_client.post(
        f"/products/{lamp.pk}/reservations", {"quantity": 5}, format="json"
    )
    assert response.status_code == 409
    assert response.json() == {"detail": f"Only 2 left of product {lamp.pk}."}
    record("error_handling/drf-out-of-stock", response)


def test_default_detail_is_used_when_none_is_given():
    from error_handling.drf_app.exceptions import OutOfStock

    exc = OutOfStock()
    assert (exc.status_code, str(exc.detail), exc.detail.code) == (
        409,
        "Not enough stock for this reservation.",
        "out_of_stock",
    )


def test_get_object_or_404_message_names_the_model():
    class Detail(APIView):
        def get(self, request):
            return get_object_or_404(Product, pk=99)

    response = Detail.as_view()(APIRequestFactory().get("/"))
    assert response.status_code == 404
    assert response.data == {"detail": "No Product matches the given query."}


def test_django_permission_denied_becomes_a_drf_403():
    class Forbidden(APIView):
        def get(self, request):
            raise PermissionDenied("Staff only.")

    response = Forbidden.as_view()(APIRequestFactory().get("/"))
    assert response.status_code == 403 and response.data == {"detail": "Staff only."}


def test_not_authenticated_is_a_401_with_the_views_header(drf_client, lamp):
    response = drf_client.delete(f"/products/{lamp.pk}")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "ApiKey"
    record("error_handling/drf-no-api-key", response)
    assert (
        drf_client.delete(
            f"/products/{lamp.pk}", headers={"X-API-Key": "example-key"}
        ).status_code
        == 204
    )
    assert (
        drf_client.delete(
            f"/products/{lamp.pk}", headers={"X-API-Key": "example-key"}
        ).status_code
        == 404
    )


def test_without_an_authenticate_header_drf_answers_403():
    from error_handling.drf_app.views import ProductDetail

    class SessionOnly(ProductDetail):
        # its authenticate_header() returns None
        authentication_classes = [SessionAuthentication]
        get_authenticate_header = APIView.get_authenticate_header

    response = SessionOnly.as_view()(APIRequestFactory().delete("/"), pk=1)
    assert response.status_code == 403 and "WWW-Authenticate" not in response


def test_successful_reservation_takes_stock(drf_client, lamp):
    response = drf_client.post(
        f"/products/{lamp.pk}/reservations", {"quantity": 2}, format="json"
    )
    assert response.status_code == 201 and response.json() == {
        "product": lamp.pk,
        "reserved": 2,
    }
    lamp.refresh_from_db()
    assert lamp.stock == 0
    assert drf_client.get(f"/products/{lamp.pk}").json() == {
        "id": lamp.pk,
        "name": "Lamp",
        "stock": 0,
    }


# With the setting: problem details.


@pytest.mark.usefixtures("problem_settings")
def test_handler_setting_is_picked_up_by_api_settings():
    from error_handling.drf_app.exceptions import problem_exception_handler

    assert api_settings.EXCEPTION_HANDLER is problem_exception_handler


def test_settings_read_at_import_time_are_not_reloaded(settings):
    # APIView copies DEFAULT_RENDERER_CLASSES into a class attribute when
    # rest_framework.views is imported.
    settings.REST_FRAMEWORK = {
        "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    }
    assert len(api_settings.DEFAULT_RENDERER_CLASSES) == 1
    assert len(APIView.renderer_classes) == 2  # still JSON + browsable API


@pytest.mark.usefixtures("problem_settings")
def test_not_found_becomes_a_problem(drf_client):
    response = drf_client.get("/products/99")
    assert response.status_code == 404
    assert response["Content-Type"] == PROBLEM_JSON
    assert response.json() == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "detail": "Product 99 does not exist.",
        "instance": "/products/99",
    }


@pytest.mark.usefixtures("problem_settings")
def test_validation_error_becomes_a_422_problem_with_errors(drf_client, lamp):
    response = drf_client.post(
        f"/products/{lamp.pk}/reservations", {"quantity": "many"}, format="json"
    )
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"pointer": "#/quantity", "detail": "A valid integer is required."}
    ]


@pytest.mark.usefixtures("problem_settings")
def test_authentication_header_survives_the_handler(drf_client, lamp):
    response = drf_client.delete(f"/products/{lamp.pk}")
    assert response.status_code == 401 and response["WWW-Authenticate"] == "ApiKey"
    assert response.json()["title"] == "Unauthorized"


@pytest.mark.usefixtures("problem_settings")
def test_unhandled_exception_is_left_to_handler500(drf_client, monkeypatch):
    from error_handling.drf_app.views import ProductDetail

    def broken(self, request, pk):
        raise RuntimeError("password=hunter2 in a connection string")

    monkeypatch.setattr(ProductDetail, "get", broken)
    response = drf_client.get("/products/1")
    assert response.status_code == 500
    assert response["Content-Type"] == PROBLEM_JSON
    assert "hunter2" not in response.text


@pytest.mark.usefixtures("problem_settings")
def test_debug_true_returns_the_traceback_as_text(drf_client, monkeypatch, settings):
    from error_handling.drf_app.views import ProductDetail

    def broken(self, request, pk):
        raise RuntimeError("password=hunter2 in a connection string")

    settings.DEBUG = True
    monkeypatch.setattr(ProductDetail, "get", broken)
    response = drf_client.get("/products/1", headers={"Accept": "application/json"})
    assert response.status_code == 500
    # Django's technical 500, as text
    assert response["Content-Type"].startswith("text/plain")
    assert "hunter2" in response.content.decode()


@pytest.mark.usefixtures("problem_settings")
def test_returning_none_lets_django_log_the_traceback(drf_client, monkeypatch, caplog):
    from error_handling.drf_app.views import ProductDetail

    def broken(self, request, pk):
        raise RuntimeError("database is down")

    monkeypatch.setattr(ProductDetail, "get", broken)
    drf_client.get("/products/1")
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.exc_info and record.exc_info[0] is RuntimeError

    # A handler that answers every exception itself hides the traceback from Django.
    def swallow_everything(exc, context):
        from rest_framework.response import Response

        return Response({"detail": "error"}, status=500)

    caplog.clear()
    monkeypatch.setattr(
        ProductDetail, "get_exception_handler", lambda self: swallow_everything
    )
    assert drf_client.get("/products/1").status_code == 500
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.exc_info is None


@pytest.mark.usefixtures("problem_settings")
def test_a_path_that_is_not_an_int_does_not_match_the_route(drf_client):
    # <int:pk> does not match: Django's handler404
    response = drf_client.get("/products/lamp")
    assert (
        response.status_code == 404 and response.json()["instance"] == "/products/lamp"
    )
    record("error_handling/drf-path-not-an-int", response)
