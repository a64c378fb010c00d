import hashlib
import json

from django import forms
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_control, cache_page
from django.views.decorators.http import etag, require_GET, require_POST

from caching.django_app.models import Article

ARTICLE_TTL = 300
LIST_TTL = 600
LIST_GENERATION_KEY = "articles:generation"


# region detail
def article_key(slug: str) -> str:
    return f"article:{slug}"


def load_article(slug: str) -> dict:
    article = get_object_or_404(Article, slug=slug)
    return {
        "slug": article.slug,
        "title": article.title,
        "body": article.body,
        "updated_at": article.updated_at.isoformat(),
    }


def cached_article(slug: str) -> dict:
    # One round trip on a hit; on a miss, load_article runs and its result is stored.
    return cache.get_or_set(
        article_key(slug), lambda: load_article(slug), timeout=ARTICLE_TTL
    )


# endregion detail


# region etag
def article_etag(request: HttpRequest, slug: str) -> str:
    body = json.dumps(cached_article(slug), sort_keys=True).encode()
    return hashlib.sha256(body).hexdigest()[:32]


@require_GET
@cache_control(public=True, max_age=60)  # browsers and CDNs may reuse it for 60 s
@etag(article_etag)  # a matching If-None-Match gets a 304 before the view runs
def article_detail(request: HttpRequest, slug: str) -> JsonResponse:
    return JsonResponse(cached_article(slug))


# endregion etag


class ArticleForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ["title", "body"]


# region update
@require_POST
def article_update(request: HttpRequest, slug: str) -> JsonResponse:
    article = get_object_or_404(Article, slug=slug)
    form = ArticleForm(request.POST, instance=article)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    form.save()
    cache.delete(article_key(slug))  # delete on write: the next read reloads it
    cache.add(LIST_GENERATION_KEY, 1, timeout=None)  # incr() needs the key to exist
    cache.incr(LIST_GENERATION_KEY)  # every cached list page is now unreachable
    return JsonResponse(cached_article(slug))


# endregion update


# region list
@require_GET
def article_list(request: HttpRequest) -> JsonResponse:
    generation = cache.get_or_set(LIST_GENERATION_KEY, 1, timeout=None)
    articles = cache.get_or_set(
        "articles:list",
        lambda: list(Article.objects.order_by("title").values("slug", "title")),
        timeout=LIST_TTL,
        version=generation,  # Django's key versioning: a new generation is a new key
    )
    return JsonResponse({"articles": articles})


# endregion list


# region feed
@require_GET
@cache_page(60)  # the whole response, keyed by URL; nothing deletes it on write
def latest_titles(request: HttpRequest) -> JsonResponse:
    titles = list(
        Article.objects.order_by("-updated_at").values_list("title", flat=True)[:10]
    )
    return JsonResponse({"titles": titles})


# endregion feed


# region page
@require_GET
def article_page(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article, slug=slug)
    # A lazy queryset: it only runs if the template renders the fragment that uses it.
    related = Article.objects.exclude(pk=article.pk).order_by("title")[:3]
    return render(
        request, "caching/article_page.html", {"article": article, "related": related}
    )


# endregion page
