from django.urls import path

from phase5_benchmark.django_app.views import async_view, blocking_async_view, sync_view

urlpatterns = [
    path("io/async/", async_view),
    path("io/sync/", sync_view),
    path("io/blocking/", blocking_async_view),
]
