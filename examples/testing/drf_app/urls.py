from rest_framework.routers import SimpleRouter

from testing.drf_app.views import TaskViewSet

router = SimpleRouter()
router.register("tasks", TaskViewSet, basename="task")

urlpatterns = router.urls
