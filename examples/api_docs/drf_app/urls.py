from django.urls import include, path
from rest_framework.routers import DefaultRouter

from api_docs.drf_app.views import BookViewSet

router = DefaultRouter()
router.register("books", BookViewSet, basename="book")

urlpatterns = [
    # The same URLs serve JSON to clients and HTML pages to browsers: the browsable API.
    path("api/", include(router.urls)),
]
