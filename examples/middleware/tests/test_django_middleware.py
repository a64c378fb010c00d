import gzip
import json
import re

import pytest
from asgiref.sync import iscoroutinefunction
from django.conf import settings
from django.http import HttpResponse
from django.test import AsyncClient, Client, modify_settings, override_settings

from exchanges import record
from middleware.django_app import settings as topic_settings
from middleware.django_app.middleware import RequestIdMiddleware

# region setup
TOPIC_SETTINGS = {
    name: getattr(topic_settings, name)
    for name in dir(topic_settings)
    if name.isupper()
}
SERVER_TIMING = re.compile(r"app;dur=\d+\.\d")
HOST = {"host": "api.example.com"}

pytestmark = pytest.mark.urls("middleware.django_app.urls")


@pytest.fixture(autouse=True)
def topic_settings_applied():
    with override_settings(**TOPIC_SETTINGS):
        yield


@pytest.fixture
def client() -> Client:
    # a fresh client builds the middleware chain from the settings in force
    return Client(headers=HOST)


# endregion setup


# region request-id
def test_request_id_is_generated_and_timing_added(client):
    response = client.get("/hello/")
    request_id = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    assert response.json() == {"request_id": request_id}  # the view saw the same id
    assert SERVER_TIMING.fullmatch(response["Server-Timing"])


def test_incoming_request_id_is_reused_and_junk_is_replaced(client):
    response = client.get("/hello/", headers={"X-Request-ID": "edge-7f3a9c21"})
    assert response["X-Request-ID"] == "edge-7f3a9c21"
    response = client.get("/hello/", headers={"X-Request-ID": "not a valid id"})
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


# endregion request-id


@pytest.mark.asyncio
# AsyncClient always sends Host: testserver
@override_settings(ALLOWED_HOSTS=["testserver"])
async def test_the_same_middleware_runs_natively_under_asgi():
    response = await AsyncClient().get(
        "/hello-async/", headers={"X-Request-ID": "edge-7f3a9c21"}
    )
    assert response.json() == {"request_id": "edge-7f3a9c21"}
    assert SERVER_TIMING.fullmatch(response["Server-Timing"])


def test_middleware_switches_mode_with_the_handler_below_it():
    async def async_view(request):
        return HttpResponse()

    assert iscoroutinefunction(RequestIdMiddleware(async_view))
    assert not iscoroutinefunction(RequestIdMiddleware(lambda request: HttpResponse()))


def test_even_a_500_page_gets_a_request_id():
    response = Client(headers=HOST, raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_maintenance_mode_answers_before_the_view(client):
    with override_settings(MAINTENANCE_MODE=True):
        response = client.get("/hello/", headers={"Origin": "https://app.example.com"})
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    record("middleware/django-maintenance", response)
    # Middleware above it still ran on the way out.
    assert (
        response["X-Request-ID"]
        and response["Access-Control-Allow-Origin"] == "https://app.example.com"
    )


# region cors
def test_preflight_from_an_allowed_origin(client):
    response = client.options(
        "/hello/",
        headers={
            "Origin": "https://app.example.com",
            "Access-Control-Request-Method": "POST",
        },
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "https://app.example.com"
    assert response["Access-Control-Allow-Methods"] == "GET, POST"
    assert response["Access-Control-Max-Age"] == "600"


def test_preflight_from_another_origin_gets_no_cors_headers(client):
    response = client.options(
        "/hello/",
        headers={
            "Origin": "https://evil.example",
            "Access-Control-Request-Method": "POST",
        },
    )
    # the browser, not the server, blocks the request
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response
    record("middleware/django-preflight-other-origin", response)


def test_simple_request_exposes_the_request_id_to_allowed_origins_only(client):
    allowed = client.get("/hello/", headers={"Origin": "https://app.example.com"})
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.com"
    assert allowed["Access-Control-Expose-Headers"] == "X-Request-ID"
    assert "Access-Control-Allow-Origin" not in client.get(
        "/hello/", headers={"Origin": "https://evil.example"}
    )


@modify_settings(CORS_ALLOWED_ORIGINS={"append": "https://admin.example.com"})
def test_modify_settings_adds_an_origin_for_one_test(client):
    response = client.get("/hello/", headers={"Origin": "https://admin.example.com"})
    assert response["Access-Control-Allow-Origin"] == "https://admin.example.com"


# endregion cors


def test_cors_must_sit_above_common_middleware_to_tag_its_responses(client):
    origin = {"Origin": "https://app.example.com"}
    # CommonMiddleware answers: APPEND_SLASH
    redirect = client.get("/hello", headers=origin)
    assert redirect.status_code == 301
    assert redirect["Access-Control-Allow-Origin"] == "https://app.example.com"

    too_low = [name for name in topic_settings.MIDDLEWARE if "Cors" not in name]
    too_low.insert(
        too_low.index("django.middleware.common.CommonMiddleware") + 1,
        "corsheaders.middleware.CorsMiddleware",
    )
    with override_settings(MIDDLEWARE=too_low):
        redirect = Client(headers=HOST).get("/hello", headers=origin)
    assert redirect.status_code == 301
    assert "Access-Control-Allow-Origin" not in redirect


# region gzip
def test_gzip_compresses_large_responses_for_clients_that_accept_it(client):
    response = client.get("/report/", headers={"Accept-Encoding": "gzip, br"})
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert len(json.loads(gzip.decompress(response.content))["rows"]) == 100

    # no Accept-Encoding
    assert not client.get("/report/").has_header("Content-Encoding")
    small = client.get("/hello/", headers={"Accept-Encoding": "gzip"})
    assert not small.has_header("Content-Encoding")  # under 200 bytes: not worth it


# endregion gzip


# region hosts
@pytest.mark.parametrize(
    ("host", "status"),
    [("api.example.com", 200), ("eu.example.org", 200), ("evil.example", 400)],
)
def test_allowed_hosts(host, status):
    assert Client(headers={"host": host}).get("/hello/").status_code == status


# endregion hosts


def test_old_middleware_classes_setting_is_ignored():
    with override_settings(MIDDLEWARE=[], MIDDLEWARE_CLASSES=topic_settings.MIDDLEWARE):
        response = Client(headers=HOST).get("/report/")
    # Django 2.0 stopped reading MIDDLEWARE_CLASSES
    assert not response.has_header("X-Request-ID")


def test_old_cors_setting_name_is_still_read_as_a_fallback(client):
    with override_settings(CORS_ORIGIN_WHITELIST=["https://legacy.example.com"]):
        # as in a project that never renamed the setting
        del settings.CORS_ALLOWED_ORIGINS
        response = client.get(
            "/hello/", headers={"Origin": "https://legacy.example.com"}
        )
    assert response["Access-Control-Allow-Origin"] == "https://legacy.example.com"
