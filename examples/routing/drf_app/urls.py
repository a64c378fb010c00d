from rest_framework.routers import DefaultRouter

from routing.drf_app.views import ArticleViewSet

# region router
router = DefaultRouter()  # trailing_slash=True by default, like Django's own URLs
router.register("articles", ArticleViewSet, basename="article")

# URL names: article-list, article-detail, article-drafts, article-publish and api-root
urlpatterns = router.urls
# endregion router
