from django.urls import path

from background_tasks.drf_app.views import SignupCreate

urlpatterns = [
    path("signups/", SignupCreate.as_view(), name="signup-create"),
]
