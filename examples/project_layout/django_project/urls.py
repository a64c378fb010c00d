from django.urls import include, path

# The project URLconf only mounts each app's own urls.py under a prefix.
urlpatterns = [
    path("api/", include("project_layout.drf_app.urls")),
]
