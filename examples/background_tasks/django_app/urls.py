from django.urls import path

from background_tasks.django_app.views import signup

urlpatterns = [
    path("signups/", signup, name="signup"),
]
