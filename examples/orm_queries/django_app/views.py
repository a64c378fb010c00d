from django.http import HttpRequest, JsonResponse
from django.shortcuts import aget_object_or_404, get_object_or_404

from orm_queries.django_app.models import Customer


# region detail
def customer_detail(request: HttpRequest, pk: int) -> JsonResponse:
    customer = get_object_or_404(Customer, pk=pk)  # raises Http404, rendered as a 404
    return JsonResponse(
        {"id": customer.pk, "name": customer.name, "email": customer.email}
    )


# endregion detail


# region async
async def customer_summary(request: HttpRequest, pk: int) -> JsonResponse:
    customer = await aget_object_or_404(Customer, pk=pk)
    order_count = await customer.orders.acount()
    orders = customer.orders.order_by("id").aiterator()  # streams, in chunks
    totals = [str(order.total) async for order in orders]
    return JsonResponse(
        {"name": customer.name, "order_count": order_count, "totals": totals}
    )


# endregion async
