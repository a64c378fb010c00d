from django.db.models import F
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from performance.django_app.models import Book
from performance.drf_app.serializers import BookSerializer


# region books
class BookListNPlusOne(generics.ListAPIView):
    queryset = Book.objects.order_by("id")
    serializer_class = BookSerializer


class BookList(generics.ListAPIView):
    # what author.name needs
    queryset = Book.objects.select_related("author").order_by("id")
    serializer_class = BookSerializer


# endregion books


# region values
class BookListValues(APIView):
    """A hot read-only list: the same JSON, with no serializer field called per value."""

    def get(self, request: Request) -> Response:
        books = Book.objects.order_by("id")
        rows = books.values("id", "title", "year", author_name=F("author__name"))
        return Response(list(rows))


# endregion values
