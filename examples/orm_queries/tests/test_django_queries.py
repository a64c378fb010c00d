from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from orm_queries.django_app import queries
from orm_queries.django_app.models import Customer, Order

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop() -> dict[str, Customer]:
    now = timezone.now()
    ada = Customer.objects.create(
        name="Ada", email="ada@example.com", created_at=now - timedelta(days=3)
    )
    bob = Customer.objects.create(
        name="Bob", email="bob@example.com", created_at=now - timedelta(days=1)
    )
    tester = Customer.objects.create(
        name="QA Tester", email="qa@example.com", created_at=now
    )
    other = Customer.objects.create(name="Cy", email="cy@elsewhere.org", created_at=now)
    Order.objects.create(customer=ada, status="paid", total=Decimal("120.00"))
    Order.objects.create(customer=ada, status="paid", total=Decimal("80.00"))
    Order.objects.create(customer=bob, status="pending", total=Decimal("300.00"))
    Order.objects.create(customer=bob, status="refunded", total=Decimal("50.00"))
    Order.objects.create(customer=other, status="paid", total=Decimal("40.00"))
    return {"ada": ada, "bob": bob, "tester": tester, "other": other}


def test_migrations_match_the_models():
    call_command("makemigrations", "orm_queries", "--check", "--dry-run", verbosity=0)


def test_filter_exclude_and_order_by(shop):
    assert [c.name for c in queries.example_customers()] == ["Bob", "Ada"]


def test_in_and_gte_lookups(shop):
    orders = queries.large_orders(["paid", "pending"], Decimal("100"))
    assert [(o.status, o.total) for o in orders] == [
        ("pending", Decimal("300.00")),
        ("paid", Decimal("120.00")),
    ]


def test_building_a_queryset_runs_no_query(shop, django_assert_num_queries):
    with django_assert_num_queries(0):
        unevaluated = (
            Order.objects.filter(customer=shop["ada"])
            .filter(status="paid")
            .order_by("-id")
        )
    with django_assert_num_queries(1):
        assert len(list(unevaluated)) == 2
    with django_assert_num_queries(1):
        assert [o.total for o in queries.paid_orders(shop["ada"].pk)] == [
            Decimal("80.00"),
            Decimal("120.00"),
        ]


# region fetch-modes
@pytest.mark.django_version(">=6.1")
def test_fetch_peers_loads_all_the_customers_at_once(shop, django_assert_num_queries):
    with django_assert_num_queries(2):  # the orders, then one query for their customers
        names = [order.customer.name for order in queries.orders_with_their_customers()]
    assert names == ["Ada", "Ada", "Bob", "Bob", "Cy"]


@pytest.mark.django_version(">=6.1")
def test_fetch_raise_turns_a_forgotten_select_related_into_an_error(shop):
    from django.core.exceptions import FieldFetchBlocked

    order = queries.orders_that_refuse_lazy_loads().first()
    with pytest.raises(FieldFetchBlocked, match="Fetching of Order.customer blocked"):
        _ = order.customer
    loaded = queries.orders_that_refuse_lazy_loads().select_related("customer").first()
    assert loaded.customer.name == "Ada"


# endregion fetch-modes


@pytest.mark.django_version("<6.1")
def test_django_5_2_has_no_fetch_modes():
    assert not hasattr(Order.objects.all(), "fetch_mode")


def test_find_customer_returns_none_when_missing(shop):
    assert queries.find_customer("ada@example.com") == shop["ada"]
    assert queries.find_customer("nobody@example.com") is None


def test_slicing_is_limit_offset_in_sql(shop, django_assert_num_queries):
    with django_assert_num_queries(1) as captured:
        page = queries.customer_page(offset=1, limit=2)
    assert [c.name for c in page] == ["Bob", "QA Tester"]
    assert "LIMIT 2 OFFSET 1" in captured.captured_queries[0]["sql"]


def test_aggregate_returns_a_dict(shop):
    assert queries.revenue() == {"revenue": Decimal("240.00"), "orders": 3}
    Order.objects.all().delete()
    # Sum(default=...) instead of None
    assert queries.revenue() == {"revenue": Decimal("0"), "orders": 0}


def test_annotate_then_filter_is_a_having_clause(shop):
    since = timezone.now() - timedelta(days=1)
    top = list(queries.top_customers(since, minimum=Decimal("100")))
    assert [(c.name, c.spent, c.order_count) for c in top] == [
        ("Ada", Decimal("200.00"), 2)
    ]
    assert "HAVING" in str(queries.top_customers(since, minimum=Decimal("100")).query)


def test_atomic_commits_everything_on_success():
    customer = queries.create_customer_with_orders(
        "Ada", "ada@example.com", [Decimal("10"), Decimal("20")]
    )
    assert customer.orders.count() == 2


def test_atomic_rolls_back_the_customer_and_the_orders_on_failure():
    with pytest.raises(ValueError, match="must be positive"):
        queries.create_customer_with_orders(
            "Ada", "ada@example.com", [Decimal("10"), Decimal("-1")]
        )
    assert Customer.objects.count() == 0
    assert Order.objects.count() == 0


def test_without_atomic_each_query_commits_on_its_own():
    # Django runs in autocommit mode: a create() outside atomic() is saved at once.
    Customer.objects.create(name="Ada", email="ada@example.com")
    with pytest.raises(ValueError):
        raise ValueError("a later step fails")
    assert Customer.objects.count() == 1


def test_models_str(shop):
    assert str(shop["ada"]) == "Ada"
