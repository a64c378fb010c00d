import pytest

from phase0_foundations.django_app.models import Message

pytestmark = pytest.mark.django_db


# region laziness
def test_building_a_queryset_runs_no_sql(conversation, django_assert_num_queries):
    with django_assert_num_queries(0):
        questions = Message.objects.filter(role="user")
        questions = questions.exclude(content="").order_by("-created_at")
        latest_two = questions[:2]  # a slice without a step stays lazy: LIMIT 2
    with django_assert_num_queries(1):
        assert len(latest_two) == 2  # the first evaluation runs the query


def test_these_each_evaluate_a_queryset(conversation, django_assert_num_queries):
    with django_assert_num_queries(5):
        list(Message.objects.all())
        len(Message.objects.all())
        bool(Message.objects.all())  # fetches every row; .exists() asks for one
        repr(Message.objects.all())
        Message.objects.all()[::2]  # SQL has no step: Django fetches, then slices


# endregion laziness


# region caching
def test_an_evaluated_queryset_is_cached(conversation, django_assert_num_queries):
    messages = Message.objects.filter(conversation=conversation)
    with django_assert_num_queries(1):
        contents = [message.content for message in messages]  # runs, fills the cache
        roles = [message.role for message in messages]  # same object: from the cache
        assert messages.count() == len(contents) == len(roles) == 3  # cache again
    with django_assert_num_queries(1):
        assert messages.filter(role="user").count() == 2  # a new QuerySet, a new query


def test_indexing_an_unevaluated_queryset(conversation, django_assert_num_queries):
    messages = Message.objects.order_by("id")
    with django_assert_num_queries(2):
        assert messages[0] == messages[0]  # two SELECT ... LIMIT 1, nothing cached


# endregion caching


# region sql
def test_the_sql_is_readable_before_it_runs(django_assert_num_queries):
    questions = Message.objects.filter(role="user").order_by("-created_at")[:5]
    with django_assert_num_queries(0):
        readable = str(questions.query)
        sql, params = questions.query.sql_with_params()
    # str() pastes the values in without quoting: fine for reading, never for running.
    assert 'WHERE "phase0_foundations_message"."role" = user ORDER BY' in readable
    assert readable.endswith("LIMIT 5")
    # The database receives placeholders and the values separately.
    assert '"role" = %s' in sql and params == ("user",)


# endregion sql
