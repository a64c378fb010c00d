from rest_framework.routers import SimpleRouter

from capstone.drf_app.views import ChatMessageViewSet

router = SimpleRouter()
router.register("api/messages", ChatMessageViewSet, basename="message")

urlpatterns = router.urls

# /api/messages/0.5/ matches no pattern (the router's lookup stops at "."), so Django
# answers;
# this makes that 404 JSON like the others. Django reads handler404 from the root
# URLconf.
handler404 = "capstone.drf_app.views.not_found"
