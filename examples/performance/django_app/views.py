from django.db.models import F
from django.http import HttpRequest, JsonResponse

from performance.django_app.models import Book


# region ping
def ping(request: HttpRequest) -> JsonResponse:
    # no database, no serializer: what "hello world" tests time
    return JsonResponse({"ok": True})


# endregion ping


# region books
def as_json(book: Book) -> dict[str, int | str]:
    return {
        "id": book.id,
        "title": book.title,
        "year": book.year,
        "author_name": book.author.name,
    }


def books_n_plus_one(request: HttpRequest) -> JsonResponse:
    # book.author is loaded lazily: a query per book
    books = Book.objects.order_by("id")
    return JsonResponse([as_json(book) for book in books], safe=False)


def books(request: HttpRequest) -> JsonResponse:
    # one query with a JOIN
    books = Book.objects.select_related("author").order_by("id")
    return JsonResponse([as_json(book) for book in books], safe=False)


# endregion books


# region values
def books_values(request: HttpRequest) -> JsonResponse:
    # values() builds dicts straight from the cursor rows: no model instances at all.
    rows = Book.objects.order_by("id").values(
        "id", "title", "year", author_name=F("author__name")
    )
    return JsonResponse(list(rows), safe=False)


# endregion values
