from rest_framework.routers import SimpleRouter

from capstone.drf_app.views import ChatMessageViewSet

router = SimpleRouter()
router.register("api/messages", ChatMessageViewSet, basename="message")

urlpatterns = router.urls
