import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from validation.django_app.models import Account, Order, OrderLine

pytestmark = pytest.mark.django_db


def test_migrations_match_the_models():
    call_command("makemigrations", "validation", "--check", "--dry-run", verbosity=0)


def test_model_field_validators_run_in_full_clean_not_in_save():
    account = Account(
        username="Ab!", email="ada@example.com", password="x", display_name="Ada"
    )
    with pytest.raises(ValidationError) as caught:
        account.full_clean()
    assert set(caught.value.message_dict) == {"username"}
    account.save()  # save() never validates: the row is written anyway
    assert str(Account.objects.get(username="Ab!")) == "Ab!"


def test_deleting_an_order_deletes_its_lines():
    order = Order.objects.create(ship_to="1 Long Street, Town")
    OrderLine.objects.create(order=order, sku="ABC-1234", quantity=2)
    assert str(order.lines.get()) == "2 x ABC-1234"
    order.delete()
    assert OrderLine.objects.count() == 0
