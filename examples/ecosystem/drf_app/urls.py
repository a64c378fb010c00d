from django.urls import path

from ecosystem.drf_app.views import ProductList

urlpatterns = [path("products/", ProductList.as_view(), name="product-list")]
