import json
from datetime import date

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET
from django.views.generic import DetailView

from routing.django_app.models import Article


def article_json(article: Article) -> dict:
    return {
        "id": article.pk,
        "title": article.title,
        "slug": article.slug,
        "status": article.status,
    }


# region collection
# A JSON API for non-browser clients: no CSRF token, as with DRF's views.
@method_decorator(csrf_exempt, name="dispatch")
class ArticleCollection(View):
    def get(self, request: HttpRequest) -> JsonResponse:
        # request.GET holds strings: converting and range-checking them is the view's
        # job.
        try:
            limit = int(request.GET.get("limit", "10"))
        except ValueError:
            return JsonResponse({"error": "limit must be an integer"}, status=400)
        if not 1 <= limit <= 100:
            return JsonResponse(
                {"error": "limit must be between 1 and 100"}, status=400
            )
        statuses = request.GET.getlist("status") or [Article.Status.PUBLISHED]
        if not set(statuses) <= set(Article.Status.values):
            return JsonResponse({"error": "unknown status"}, status=400)
        articles = Article.objects.filter(status__in=statuses).order_by("pk")[:limit]
        return JsonResponse([article_json(article) for article in articles], safe=False)

    # region create
    def post(self, request: HttpRequest) -> JsonResponse:
        data = json.loads(request.body)
        article = Article.objects.create(title=data["title"], slug=data["slug"])
        response = JsonResponse(article_json(article), status=201)
        response["Location"] = reverse("articles:detail", kwargs={"pk": article.pk})
        return response

    # endregion create


# endregion collection


# region kinds
@method_decorator(csrf_exempt, name="dispatch")
class ArticleItem(View):
    # Only get() and delete() exist, so any other method gets a 405 from
    # View.dispatch().
    def get(self, request: HttpRequest, pk: int) -> JsonResponse:
        return JsonResponse(article_json(get_object_or_404(Article, pk=pk)))

    def delete(self, request: HttpRequest, pk: int) -> HttpResponse:
        get_object_or_404(Article, pk=pk).delete()
        return HttpResponse(status=204)


@require_GET
def articles_on_day(request: HttpRequest, day: date) -> JsonResponse:
    # The isodate converter already turned the URL segment into a date.
    articles = Article.objects.filter(published_on=day).order_by("pk")
    data = {"day": day.isoformat(), "articles": [article_json(a) for a in articles]}
    return JsonResponse(data)


class ArticlePage(DetailView):
    # Renders routing/article_detail.html; an unknown or unpublished slug is a 404.
    queryset = Article.objects.filter(status=Article.Status.PUBLISHED)


# endregion kinds


# region responses
@require_GET
def short_link(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    article = get_object_or_404(Article, pk=pk)
    url = reverse("articles:page", kwargs={"slug": article.slug})
    return HttpResponseRedirect(url)  # a 302


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    return HttpResponse("User-agent: *\nDisallow: /admin/\n", content_type="text/plain")


# endregion responses
