from django.urls import path

from ecosystem.django_app import views

urlpatterns = [path("products/", views.product_list, name="product-list")]
