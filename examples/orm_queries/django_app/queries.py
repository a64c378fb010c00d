from datetime import datetime
from decimal import Decimal

from django.db import models, transaction
from django.db.models import Count, QuerySet, Sum

from orm_queries.django_app.models import Customer, Order


# region filter
def example_customers() -> QuerySet[Customer]:
    return (
        Customer.objects.filter(email__endswith="@example.com")
        .exclude(name__icontains="test")
        .order_by("-created_at")
    )


def large_orders(statuses: list[str], minimum: Decimal) -> QuerySet[Order]:
    return Order.objects.filter(status__in=statuses, total__gte=minimum).order_by(
        "-total", "id"
    )


# endregion filter


# region lazy
def paid_orders(customer_id: int) -> list[Order]:
    orders = Order.objects.filter(customer_id=customer_id)  # no query yet
    # still none
    orders = orders.filter(status=Order.Status.PAID).order_by("-created_at")
    return list(orders)  # iterating runs the one query


def find_customer(email: str) -> Customer | None:
    return Customer.objects.filter(email=email).first()  # None when nothing matches


# endregion lazy


# region fetch-modes
def orders_with_their_customers() -> QuerySet[Order]:
    # Django 6.1: the first order.customer read loads the customers of all these orders.
    return Order.objects.fetch_mode(models.FETCH_PEERS).order_by("id")


def orders_that_refuse_lazy_loads() -> QuerySet[Order]:
    # Django 6.1: reading a relation nobody loaded raises FieldFetchBlocked.
    return Order.objects.fetch_mode(models.FETCH_RAISE).order_by("id")


# endregion fetch-modes


# region page
def customer_page(offset: int, limit: int) -> list[Customer]:
    # Slicing an unevaluated QuerySet becomes LIMIT/OFFSET in SQL.
    return list(Customer.objects.order_by("id")[offset : offset + limit])


# endregion page


# region aggregate
def revenue() -> dict[str, Decimal | int]:
    paid = Order.objects.filter(status=Order.Status.PAID)
    return paid.aggregate(
        revenue=Sum("total", default=Decimal("0")), orders=Count("id")
    )


def top_customers(
    since: datetime, minimum: Decimal, limit: int = 10
) -> QuerySet[Customer]:
    return (
        Customer.objects.filter(
            orders__status=Order.Status.PAID, orders__created_at__gte=since
        )
        .annotate(spent=Sum("orders__total"), order_count=Count("orders"))
        .filter(spent__gte=minimum)  # after annotate(): a HAVING clause
        .order_by("-spent")[:limit]
    )


# endregion aggregate


# region atomic
def create_customer_with_orders(
    name: str, email: str, totals: list[Decimal]
) -> Customer:
    with transaction.atomic():
        customer = Customer.objects.create(name=name, email=email)
        for total in totals:
            if total <= 0:
                raise ValueError(f"order total must be positive, got {total}")
            Order.objects.create(customer=customer, total=total)
    return customer


# endregion atomic
