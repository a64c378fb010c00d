from django.urls import path

from static_templates.django_app import views

urlpatterns = [
    path("products/<slug:slug>/", views.product_detail, name="product-detail"),
    path("search/", views.search, name="search"),
]
