import pytest
from django.db import transaction
from django.db.models.signals import post_save

from data_modeling.django_app.models import Author

pytestmark = pytest.mark.django_db


class Rollback(Exception):
    pass


def test_creating_an_author_sends_the_welcome_email_on_commit(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks() as callbacks:
        Author.objects.create(email="ada@example.com", display_name="Ada")
        assert mailoutbox == []  # nothing is sent while the transaction is open
    assert len(callbacks) == 1
    callbacks[0]()
    assert [(message.to, message.body) for message in mailoutbox] == [
        (["ada@example.com"], "Hello Ada!")
    ]


def test_a_later_save_sends_nothing(django_capture_on_commit_callbacks, mailoutbox):
    author = Author.objects.create(email="ada@example.com", display_name="Ada")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        author.display_name = "Ada Lovelace"
        author.save()
    assert callbacks == []
    assert mailoutbox == []


def test_a_rolled_back_creation_sends_nothing(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(Rollback), transaction.atomic():
            Author.objects.create(email="ada@example.com", display_name="Ada")
            raise Rollback
    assert callbacks == []
    assert mailoutbox == []
    assert not Author.objects.exists()


@pytest.fixture
def post_save_calls():
    """A second receiver that records every post_save for Author, disconnected after the test."""
    calls: list[tuple[str, bool]] = []

    def record(sender, instance: Author, created: bool, **kwargs) -> None:
        calls.append((instance.email, created))

    post_save.connect(record, sender=Author)
    yield calls
    post_save.disconnect(record, sender=Author)


def test_save_and_create_send_post_save_but_bulk_create_and_update_do_not(
    post_save_calls,
):
    author = Author.objects.create(email="ada@example.com", display_name="Ada")
    author.save()
    assert post_save_calls == [("ada@example.com", True), ("ada@example.com", False)]

    Author.objects.bulk_create(
        [Author(email="grace@example.com", display_name="Grace")]
    )
    Author.objects.update(display_name="Someone else")
    # both rows changed
    assert Author.objects.filter(display_name="Someone else").count() == 2
    assert len(post_save_calls) == 2  # but no receiver heard of it
