import json

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

from static_templates.django_app import whitenoise_settings
from static_templates.tests.helpers import PACKAGING_GAPS, settings_of

# django_db: the request_finished signal closes database connections after each request.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("static_templates.django_app.urls"),
]


@pytest.fixture
def hashed_css(tmp_path) -> str:
    """Collect with WhiteNoise's storage; return the hashed URL path of the stylesheet."""
    with override_settings(**settings_of(whitenoise_settings, tmp_path)):
        call_command(
            "collectstatic",
            interactive=False,
            verbosity=0,
            ignore_patterns=PACKAGING_GAPS,
        )
        paths = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
        # compressed at build time
        assert (tmp_path / (paths["css/site.css"] + ".gz")).is_file()
        yield "/static/" + paths["css/site.css"]


def fetch(path: str, headers: dict[str, str] | None = None):
    # a new Client builds the middleware anew
    response = Client().get(path, headers=headers)
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    response.close()
    return response, body


def test_middleware_sits_right_after_security_middleware():
    assert whitenoise_settings.MIDDLEWARE[:2] == [
        "django.middleware.security.SecurityMiddleware",
        "whitenoise.middleware.WhiteNoiseMiddleware",
    ]


# region cache
def test_hashed_file_is_cached_for_ten_years(hashed_css):
    response, body = fetch(hashed_css)
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert b".brand" in body


def test_unhashed_name_is_served_with_a_short_cache(hashed_css):
    response, _ = fetch("/static/css/site.css")
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=60, public"


# endregion cache


def test_gzip_copy_goes_to_clients_that_accept_it(hashed_css):
    response, _ = fetch(hashed_css, {"Accept-Encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert response["Vary"] == "Accept-Encoding"


def test_pages_link_to_the_hashed_file(hashed_css):
    response, body = fetch("/products/teapot/")
    assert response.status_code == 200
    assert f'href="{hashed_css}"'.encode() in body


def test_missing_static_file_falls_through_to_django(hashed_css):
    response, _ = fetch("/static/css/missing.css")
    assert response.status_code == 404
