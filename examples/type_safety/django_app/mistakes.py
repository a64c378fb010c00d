from type_safety.django_app.models import Book


# region mistakes
def title_of(book_id: int) -> str:
    book = Book.objects.filter(pk=book_id).first()
    # .first() may return None. django-stubs types it Book | None, so a checker with the
    # stubs reports this line; without them it cannot even resolve Book.objects.
    return book.title


# endregion mistakes
