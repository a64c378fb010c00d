import pytest

from capstone.django_app.models import ChatMessage
from phase2_fastapi.django_summary import session_summary


@pytest.mark.django_db
def test_the_django_summary_groups_by_role_in_one_query(django_assert_num_queries):
    first = ChatMessage.objects.create(
        role="system", content="Be brief.", session_id="s-1"
    )
    ChatMessage.objects.create(role="user", content="Hi", session_id="s-1")
    ChatMessage.objects.create(role="user", content="Elsewhere", session_id="s-2")
    last = ChatMessage.objects.create(
        role="user", content="Still there?", session_id="s-1"
    )
    with django_assert_num_queries(1):
        summary = session_summary("s-1")
    assert summary == {
        "session_id": "s-1",
        "total": 3,
        "by_role": {"system": 1, "user": 2},
        "first_at": first.created_at,
        "last_at": last.created_at,
    }


@pytest.mark.django_db
def test_the_django_summary_of_an_unknown_session_is_empty():
    assert session_summary("nobody") == {
        "session_id": "nobody",
        "total": 0,
        "by_role": {},
        "first_at": None,
        "last_at": None,
    }
