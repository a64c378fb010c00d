import pytest

from capstone.django_app.models import ChatMessage
from exchanges import record

pytestmark = [pytest.mark.django_db, pytest.mark.urls("phase1_drf.drf_app.urls")]
V2 = "/api/v2/messages/"
PAGE_2 = "http://testserver/api/v2/messages/?limit=2&offset=2&session_id=s-1"


@pytest.fixture
def signed_in(client, member):
    client.force_authenticate(member)
    return client


# region pagination
def test_a_list_comes_back_as_a_page(signed_in, session):
    response = signed_in.get(f"{V2}?session_id=s-1&limit=2")
    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 5  # the whole session, not just this page
    assert body["next"] == PAGE_2
    assert body["previous"] is None
    assert [m["id"] for m in body["results"]] == [session[0].id, session[1].id]
    record("phase1_drf/drf-page", response)


def test_the_last_page_has_no_next(signed_in, session):
    body = signed_in.get(f"{V2}?session_id=s-1&limit=2&offset=4").json()
    assert body["next"] is None
    assert body["previous"] == PAGE_2
    assert [m["id"] for m in body["results"]] == [session[4].id]


def test_a_page_costs_a_count_and_a_select(
    signed_in, session, django_assert_num_queries
):
    with django_assert_num_queries(2):
        signed_in.get(f"{V2}?session_id=s-1&limit=2")


def test_limit_defaults_to_20_and_is_capped_at_100(signed_in, db):
    rows = (
        ChatMessage(role="user", content=f"#{n}", session_id="big") for n in range(120)
    )
    ChatMessage.objects.bulk_create(rows)
    assert len(signed_in.get(f"{V2}?session_id=big").json()["results"]) == 20
    assert (
        len(signed_in.get(f"{V2}?session_id=big&limit=1000").json()["results"]) == 100
    )


# endregion pagination


# region filtering
def test_role_narrows_the_session(signed_in, session):
    body = signed_in.get(f"{V2}?session_id=s-1&role=assistant").json()
    assert body["count"] == 2
    assert {m["role"] for m in body["results"]} == {"assistant"}


def test_role_can_be_repeated(signed_in, session):
    body = signed_in.get(f"{V2}?session_id=s-1&role=user&role=system").json()
    assert [m["role"] for m in body["results"]] == ["system", "user", "user"]


def test_an_unknown_role_is_a_400(signed_in, session):
    response = signed_in.get(f"{V2}?session_id=s-1&role=robot")
    assert response.status_code == 400
    assert response.json() == {
        "role": ["Select a valid choice. robot is not one of the available choices."]
    }


def test_session_id_is_still_required(signed_in, session):
    # the capstone's get_queryset() runs first
    response = signed_in.get(f"{V2}?role=user")
    assert response.status_code == 400
    assert response.json() == {"session_id": ["This field is required."]}


def test_filters_apply_to_detail_urls_too(signed_in, session):
    user_message = session[1]
    assert signed_in.get(f"{V2}{user_message.id}/?role=user").status_code == 200
    # get_object() goes through the filter backend too.
    assert signed_in.get(f"{V2}{user_message.id}/?role=assistant").status_code == 404


# endregion filtering
