import pytest
from django.test import override_settings

pytestmark = pytest.mark.urls("settings_config.django_project.urls")


def test_status_reads_the_current_settings(client):
    response = client.get("/status/")
    assert response.status_code == 200
    assert response.json() == {"debug": False, "time_zone": "UTC"}


# region override
@override_settings(MAINTENANCE_MODE=True)
def test_maintenance_mode_answers_503(client):
    response = client.get("/status/")
    assert response.status_code == 503
    assert response.json() == {"detail": "Down for maintenance."}


def test_override_settings_as_a_context_manager(client):
    with override_settings(DEBUG=True, TIME_ZONE="Europe/Paris"):
        body = client.get("/status/").json()
    assert body == {"debug": True, "time_zone": "Europe/Paris"}
    # Restored when the block ends.
    assert client.get("/status/").json()["time_zone"] == "UTC"


# endregion override
