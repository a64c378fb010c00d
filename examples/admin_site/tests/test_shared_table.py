from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import CreateModel
from django.test import Client
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable

from admin_site.django_app.models import Order
from admin_site.fastapi_app.models import Order as OrderTable

pytestmark = [pytest.mark.django_db, pytest.mark.urls("admin_site.django_app.urls")]

CHANGELIST = "/support/admin_site/order/"


# region migration
# SQLite: sqlmigrate cannot run inside a transaction
@pytest.mark.django_db(transaction=True)
def test_unmanaged_model_is_in_the_migration_state_but_emits_no_sql():
    migration = MigrationLoader(connection).get_migration("admin_site", "0001_initial")
    order = next(
        op
        for op in migration.operations
        if isinstance(op, CreateModel) and op.name == "Order"
    )
    # Django records the model so it can track changes...
    assert order.options["managed"] is False
    sql = StringIO()
    call_command("sqlmigrate", "admin_site", "0001", stdout=sql)
    assert 'CREATE TABLE "admin_site_ticket"' in sql.getvalue()
    # ...but never creates, alters or drops the table
    assert '"orders"' not in sql.getvalue()
    assert "orders" not in connection.introspection.table_names()


# endregion migration


# region shared-rows
@pytest.fixture
def orders_table() -> None:
    # The FastAPI side's DDL (what Alembic would run), then rows written with plain SQL.
    with connection.cursor() as cursor:
        cursor.execute(
            str(CreateTable(OrderTable.__table__).compile(dialect=sqlite.dialect()))
        )
        cursor.executemany(
            "INSERT INTO orders (number, customer_email, total_cents, status) VALUES (%s, %s, %s, %s)",
            [
                ("A-1001", "ada@example.com", 4200, "paid"),
                ("A-1002", "grace@example.com", 1999, "pending"),
                ("A-1003", "ada@example.com", 500, "refunded"),
            ],
        )


def test_admin_lists_rows_the_fastapi_side_inserted(orders_table):
    client = Client()
    client.force_login(User.objects.create_superuser("root"))
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    assert {order.number for order in response.context["cl"].result_list} == {
        "A-1001",
        "A-1002",
        "A-1003",
    }
    assert "42.00 EUR" in response.content.decode()  # the admin.display column
    # the table's server default
    assert Order.objects.get(number="A-1001").created_at is not None


# endregion shared-rows


def test_search_and_filter_work_on_the_unmanaged_table(orders_table):
    client = Client()
    client.force_login(User.objects.create_superuser("root"))
    by_number = client.get(CHANGELIST, {"q": "A-1002"}).context["cl"].result_list
    assert [order.number for order in by_number] == ["A-1002"]
    by_email = client.get(CHANGELIST, {"q": "ada@"}).context["cl"].result_list
    assert {order.number for order in by_email} == {"A-1001", "A-1003"}
    refunded = client.get(CHANGELIST, {"status": "refunded"}).context["cl"].result_list
    assert [str(order) for order in refunded] == ["A-1003"]
    # "total", ascending
    by_total = client.get(CHANGELIST, {"o": "2"}).context["cl"].result_list
    assert [order.number for order in by_total] == ["A-1003", "A-1002", "A-1001"]


def test_the_admin_offers_no_way_to_change_the_shared_rows(orders_table):
    client = Client()
    client.force_login(User.objects.create_superuser("root"))
    response = client.get(CHANGELIST)
    assert response.context["has_add_permission"] is False
    assert response.context["action_form"] is None  # no delete_selected either
    order = Order.objects.get(number="A-1001")
    view = client.get(f"{CHANGELIST}{order.pk}/change/")
    assert view.status_code == 200 and view.context["title"] == "View order"
    assert (
        client.post(f"{CHANGELIST}{order.pk}/change/", {"status": "void"}).status_code
        == 403
    )
    assert client.get(f"{CHANGELIST}add/").status_code == 403
