from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from hybrid.django_app.models import Article


# region page
def article_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The HTML page for readers; the JSON for apps comes from FastAPI."""
    article = get_object_or_404(Article.objects.visible(timezone.now()), slug=slug)
    return render(request, "hybrid/article.html", {"article": article})


# endregion page
