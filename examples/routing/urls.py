"""The project's root URLconf: each app's URLs are included under a prefix."""

from django.urls import include, path

from routing.django_app import views

urlpatterns = [
    # The namespace "articles" comes from app_name in that URLconf.
    path("articles/", include("routing.django_app.urls")),
    path("api/", include("routing.drf_app.urls")),
    path("a/<int:pk>/", views.short_link, name="short-link"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
]
