import pytest
from rest_framework.permissions import IsAuthenticated
from rest_framework.settings import api_settings
from rest_framework.test import APIClient

pytestmark = pytest.mark.urls("settings_config.django_project.urls")


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


def test_page_size_is_unset_by_default(api_client):
    body = api_client.get("/api/status/").json()
    assert body == {"debug": False, "page_size": None}


# region fixture
def test_maintenance_mode_answers_503(api_client, settings):
    settings.MAINTENANCE_MODE = True  # undone after the test
    response = api_client.get("/api/status/")
    assert response.status_code == 503
    assert response.json() == {"detail": "Down for maintenance."}


def test_drf_reloads_api_settings(api_client, settings):
    settings.REST_FRAMEWORK = {"PAGE_SIZE": 50}
    body = api_client.get("/api/status/").json()
    assert body == {"debug": False, "page_size": 50}


# endregion fixture


def test_views_keep_the_defaults_they_were_created_with(api_client, settings):
    settings.REST_FRAMEWORK = {
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]
    }
    assert api_settings.DEFAULT_PERMISSION_CLASSES == [IsAuthenticated]
    # APIView copied the old default into a class attribute at import time.
    assert api_client.get("/api/status/").status_code == 200
