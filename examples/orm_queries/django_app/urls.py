from django.urls import path

from orm_queries.django_app import views

urlpatterns = [
    path("customers/<int:pk>/", views.customer_detail, name="customer-detail"),
    path(
        "customers/<int:pk>/summary/", views.customer_summary, name="customer-summary"
    ),
]
