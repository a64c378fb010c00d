from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from type_safety.django_app.models import Book


def book_data(book: Book) -> dict[str, object]:
    return {
        "id": book.pk,
        "title": book.title,
        "pages": book.pages,
        "in_print": book.in_print,
    }


# region list
def book_list(request: HttpRequest) -> JsonResponse:
    books = Book.objects.order_by("title")
    in_print = request.GET.get("in_print")  # str | None: "false" would be truthy
    if in_print is not None:
        if in_print not in {"true", "false"}:
            return JsonResponse({"in_print": ["Must be true or false."]}, status=400)
        books = books.filter(in_print=in_print == "true")
    min_pages = request.GET.get("min_pages", "1")
    if not min_pages.isdigit() or int(min_pages) < 1:
        return JsonResponse(
            {"min_pages": ["Must be a whole number of at least 1."]}, status=400
        )
    books = books.filter(pages__gte=int(min_pages))
    return JsonResponse({"results": [book_data(book) for book in books]})


# endregion list


# region detail
def book_detail(request: HttpRequest, book_id: int) -> JsonResponse:
    # <int:book_id> in urls.py converted the value; this annotation is read by no one at
    # runtime.
    book = get_object_or_404(Book, pk=book_id)
    return JsonResponse(book_data(book))


# endregion detail
