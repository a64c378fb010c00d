from django.urls import include, path
from rest_framework.routers import DefaultRouter

from auth.drf_app.views import IssueToken, MessageViewSet, ModerationStats

router = DefaultRouter()
router.register("messages", MessageViewSet, basename="message")

urlpatterns = [
    # session login, logout and the CSRF cookie
    path("", include("auth.django_app.urls")),
    path("token/", IssueToken.as_view()),
    path("moderation/stats/", ModerationStats.as_view()),
    path("", include(router.urls)),
]
