from django.urls import include, path
from rest_framework.routers import SimpleRouter

from phase1_drf.drf_app.views import ModeratedMessageViewSet

# region urls
router = SimpleRouter()
router.register("api/v2/messages", ModeratedMessageViewSet, basename="message-v2")

urlpatterns = [
    # v1 stays as it is for existing clients
    path("", include("capstone.drf_app.urls")),
    *router.urls,
]
# endregion urls
