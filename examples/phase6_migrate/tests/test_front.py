"""The same URLs, served by FastAPI or by DRF according to the switch."""

import pytest

from capstone.django_app.models import ChatMessage
from phase6_migrate.fastapi_app.front import create_front
from phase6_migrate.tests.conftest import MESSAGE


# region either_side
@pytest.mark.parametrize(("switch", "side"), [({"read_message": "fastapi"}, "fastapi"), ({}, "django")])
def test_one_url_either_side(serve, switch, side):
    message = ChatMessage.objects.create(**MESSAGE)
    response = serve(switch).get(f"/api/messages/{message.pk}/")
    assert response.status_code == 200
    assert response.headers["x-served-by"] == side
    assert response.json()["content"] == MESSAGE["content"]
# endregion either_side


def test_only_the_switched_endpoint_moves(serve):
    client = serve({"read_message": "fastapi"})
    created = client.post("/api/messages/", json=MESSAGE)
    assert created.headers["x-served-by"] == "django"  # create_message is still DRF
    url = f"/api/messages/{created.json()['id']}/"
    assert client.get(url).headers["x-served-by"] == "fastapi"
    assert client.patch(url, json={"content": "Edited"}).headers["x-served-by"] == "django"  # same URL, other method


def test_paths_outside_the_contract_stay_with_django(serve):
    response = serve({"read_message": "fastapi"}).get("/admin/login/")
    assert (response.status_code, response.headers["x-served-by"]) == (200, "django")


# region rollback
def test_rolling_back_is_a_configuration_change(serve, monkeypatch):
    monkeypatch.setenv("FRONT_ENDPOINTS", '{"create_message": "fastapi", "read_message": "fastapi"}')
    on = serve(app=create_front())
    created = on.post("/api/messages/", json=MESSAGE)
    assert created.headers["x-served-by"] == "fastapi"

    monkeypatch.setenv("FRONT_ENDPOINTS", "{}")  # the rollback: new configuration, restart
    off = serve(app=create_front())
    response = off.get(f"/api/messages/{created.json()['id']}/")
    assert response.headers["x-served-by"] == "django"
    assert response.json() == created.json()  # one database: nothing written while on is lost
# endregion rollback
