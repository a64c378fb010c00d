from rest_framework.routers import SimpleRouter

from dependencies.drf_app.views import NoteViewSet

router = SimpleRouter()
router.register("api/notes", NoteViewSet, basename="note")

urlpatterns = router.urls
