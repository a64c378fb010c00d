from django.urls import path

from orm_queries.drf_app.views import CustomerDetail, CustomerList, OrderList

urlpatterns = [
    path("orders/", OrderList.as_view(), name="order-list"),
    path("customers/", CustomerList.as_view(), name="customer-list"),
    path("customers/<int:pk>/", CustomerDetail.as_view(), name="customer-detail"),
]
