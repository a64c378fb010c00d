from django.utils import timezone
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from routing.django_app.models import Article
from routing.drf_app.serializers import ArticleSerializer


# region viewset
class ArticleViewSet(viewsets.ModelViewSet):
    """list, create, retrieve, update, partial_update and destroy, from one class."""

    queryset = Article.objects.order_by("pk")
    serializer_class = ArticleSerializer

    # region query
    def get_queryset(self):
        queryset = super().get_queryset()
        statuses = self.request.query_params.getlist("status")  # strings, unchecked
        if self.action == "list" and statuses:
            queryset = queryset.filter(status__in=statuses)
        return queryset

    # endregion query

    @action(detail=False)  # GET /api/articles/drafts/, name "article-drafts"
    def drafts(self, request: Request) -> Response:
        drafts = self.get_queryset().filter(status=Article.Status.DRAFT)
        return Response(self.get_serializer(drafts, many=True).data)

    @action(detail=True, methods=["post"])  # POST /api/articles/{pk}/publish/
    def publish(self, request: Request, pk: str | None = None) -> Response:
        article = self.get_object()
        article.status = Article.Status.PUBLISHED
        article.published_on = timezone.localdate()
        article.save(update_fields=["status", "published_on"])
        return Response(self.get_serializer(article).data)


# endregion viewset
