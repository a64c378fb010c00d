from type_safety.django_app.models import Book


# region queries
def get_book(book_id: int) -> Book:
    # Raises Book.DoesNotExist rather than returning None.
    return Book.objects.get(pk=book_id)


def find_book(book_id: int) -> Book | None:
    return Book.objects.filter(pk=book_id).first()


def titles_in_print() -> list[str]:
    titles = (
        Book.objects.filter(in_print=True)
        .order_by("title")
        .values_list("title", flat=True)
    )
    return list(titles)


def reading_hours(book: Book) -> float:
    return book.pages / 40  # forty pages an hour


# endregion queries
