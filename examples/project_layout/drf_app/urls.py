from django.urls import path

from project_layout.drf_app.views import ProductList, QuoteView

urlpatterns = [
    path("products/", ProductList.as_view(), name="product-list"),
    path("quotes/", QuoteView.as_view(), name="quote"),
]
