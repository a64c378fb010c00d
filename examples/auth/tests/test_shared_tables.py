import pytest
from django.contrib.auth.models import User as DjangoUser
from django.core.management import call_command

from auth.django_app.models import Message as DjangoMessage
from auth.fastapi_app.models import Message, User


def test_sqlalchemy_models_map_columns_of_the_django_tables():
    django_user_columns = {field.column for field in DjangoUser._meta.concrete_fields}
    assert set(User.__table__.columns.keys()) <= django_user_columns
    assert User.__tablename__ == DjangoUser._meta.db_table
    django_message_columns = {
        field.column for field in DjangoMessage._meta.concrete_fields
    }
    assert set(Message.__table__.columns.keys()) == django_message_columns
    assert Message.__tablename__ == DjangoMessage._meta.db_table


@pytest.mark.django_db
def test_migrations_match_the_models():
    call_command("makemigrations", "auth_example", "--check", "--dry-run", verbosity=0)
