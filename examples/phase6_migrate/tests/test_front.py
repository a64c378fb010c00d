"""The same URLs, served by FastAPI or by DRF according to the switch."""

import pytest

from capstone.django_app.models import ChatMessage
from exchanges import record
from phase6_migrate.fastapi_app.front import create_front
from phase6_migrate.tests.conftest import MESSAGE


# region either_side
@pytest.mark.parametrize(
    ("switch", "side"), [({"read_message": "fastapi"}, "fastapi"), ({}, "django")]
)
def test_one_url_either_side(serve, switch, side):
    message = ChatMessage.objects.create(pk=7, **MESSAGE)
    response = serve(switch).get(f"/api/messages/{message.pk}/")
    assert response.status_code == 200
    assert response.headers["x-served-by"] == side
    assert response.json()["content"] == MESSAGE["content"]
    # endregion either_side
    record(f"phase6_migrate/read-served-by-{side}", response)


def test_only_the_switched_endpoint_moves(serve):
    client = serve({"read_message": "fastapi"})
    created = client.post("/api/messages/", json=MESSAGE)
    assert created.headers["x-served-by"] == "django"  # create_message is still DRF
    url = f"/api/messages/{created.json()['id']}/"
    assert client.get(url).headers["x-served-by"] == "fastapi"
    # same URL, other method
    assert (
        client.patch(url, json={"content": "Edited"}).headers["x-served-by"] == "django"
    )


def test_paths_outside_the_contract_stay_with_django(serve):
    response = serve({"read_message": "fastapi"}).get("/admin/login/")
    assert (response.status_code, response.headers["x-served-by"]) == (200, "django")


# region slashless_post
@pytest.mark.parametrize("debug", [False, True])
def test_a_slashless_post_goes_to_django_and_creates_nothing(serve, settings, debug):
    settings.DEBUG = debug
    client = serve({"create_message": "fastapi"}, follow_redirects=False)
    response = client.post("/api/messages", json=MESSAGE)  # no contract URL: Django
    assert response.headers["x-served-by"] == "django"
    if debug:  # CommonMiddleware refuses to redirect a POST: RuntimeError, a 500 page
        assert response.status_code == 500
        assert b"you have APPEND_SLASH set" in response.content
    else:  # a 301, which HTTP clients follow with a GET
        assert response.status_code == 301
        assert response.headers["location"] == "/api/messages/"
        followed = client.post("/api/messages", json=MESSAGE, follow_redirects=True)
        assert followed.request.method == "GET"
        assert followed.status_code == 400  # the list, without its required session_id
    assert not ChatMessage.objects.exists()
    # endregion slashless_post
    if not debug:
        record("phase6_migrate/slashless-post", response)
        record("phase6_migrate/slashless-post-followed", followed)


# region rollback
def test_rolling_back_is_a_configuration_change(serve, monkeypatch):
    monkeypatch.setenv(
        "FRONT_ENDPOINTS", '{"create_message": "fastapi", "read_message": "fastapi"}'
    )
    on = serve(app=create_front())
    created = on.post("/api/messages/", json=MESSAGE)
    assert created.headers["x-served-by"] == "fastapi"

    # the rollback: new configuration, restart
    monkeypatch.setenv("FRONT_ENDPOINTS", "{}")
    off = serve(app=create_front())
    response = off.get(f"/api/messages/{created.json()['id']}/")
    assert response.headers["x-served-by"] == "django"
    # one database: nothing written while on is lost
    assert response.json() == created.json()


# endregion rollback
