from rest_framework.routers import SimpleRouter

from phase3_compare.drf_app.views import LimitedChatMessageViewSet

router = SimpleRouter()
router.register("api/messages", LimitedChatMessageViewSet, basename="message")

urlpatterns = router.urls
