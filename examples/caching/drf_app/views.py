from django.core.cache import cache
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_page
from django.views.decorators.vary import vary_on_headers
from rest_framework import mixins, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from caching.django_app.models import Article
from caching.django_app.views import ARTICLE_TTL
from caching.drf_app.serializers import ArticleSerializer


class ArticleViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    queryset = Article.objects.order_by("title")
    serializer_class = ArticleSerializer
    lookup_field = "slug"

    # region list
    @method_decorator(cache_page(60))
    @method_decorator(vary_on_headers("Authorization"))  # one cached copy per token
    def list(self, request: Request, *args, **kwargs) -> Response:
        return super().list(request, *args, **kwargs)

    # endregion list

    # region retrieve
    @staticmethod
    def cache_key(slug: str) -> str:
        # DRF's representation differs from the plain view's
        return f"api:article:{slug}"

    def retrieve(self, request: Request, *args, **kwargs) -> Response:
        slug = kwargs["slug"]
        data = cache.get_or_set(
            self.cache_key(slug),
            lambda: dict(self.get_serializer(self.get_object()).data),
            timeout=ARTICLE_TTL,
        )
        return Response(data)

    def perform_update(self, serializer: ArticleSerializer) -> None:
        article = serializer.save()
        # delete on write, as in the plain view
        cache.delete(self.cache_key(article.slug))

    # endregion retrieve
