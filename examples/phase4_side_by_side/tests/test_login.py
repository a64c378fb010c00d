"""One login: a Django session cookie recognised by a FastAPI dependency."""

import pytest
from django.test import Client
from fastapi.testclient import TestClient

from exchanges import record
from phase4_side_by_side.fastapi_app.main import create_api

NOT_LOGGED_IN = {"detail": "Log in through Django first."}


@pytest.fixture
def fastapi(database_url):
    with TestClient(create_api(database_url)) as client:
        yield client


def django_session_cookie(user) -> str:
    browser = Client()
    browser.force_login(user)  # the same session rows Django's login view writes
    return browser.cookies["sessionid"].value


def test_without_a_cookie_the_answer_is_401(fastapi):
    response = fastapi.get("/api/v2/me")
    assert (response.status_code, response.json()) == (401, NOT_LOGGED_IN)
    record("phase4_side_by_side/me-without-login", response)


def test_a_made_up_cookie_is_401(fastapi):
    fastapi.cookies.set("sessionid", "not-a-session")
    assert fastapi.get("/api/v2/me").status_code == 401


# region session_checks
def test_a_django_session_is_recognised(fastapi, ada):
    fastapi.cookies.set("sessionid", django_session_cookie(ada))
    response = fastapi.get("/api/v2/me")
    assert (response.status_code, response.json()) == (
        200,
        {"id": ada.pk, "username": "ada", "is_staff": True},
    )


def test_logging_out_in_django_logs_out_of_fastapi(fastapi, ada):
    browser = Client()
    browser.force_login(ada)
    fastapi.cookies.set("sessionid", browser.cookies["sessionid"].value)
    browser.logout()  # deletes the session row
    assert fastapi.get("/api/v2/me").status_code == 401


def test_changing_the_password_ends_the_session(fastapi, ada):
    fastapi.cookies.set("sessionid", django_session_cookie(ada))
    ada.set_password("a new password")
    ada.save()
    assert fastapi.get("/api/v2/me").status_code == 401


# endregion session_checks


def test_a_deactivated_user_is_refused(fastapi, ada):
    fastapi.cookies.set("sessionid", django_session_cookie(ada))
    ada.is_active = False
    ada.save()
    assert fastapi.get("/api/v2/me").status_code == 401
