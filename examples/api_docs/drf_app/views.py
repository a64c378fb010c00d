from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from api_docs.django_app.models import Book
from api_docs.drf_app.serializers import BookSerializer


class BookViewSet(viewsets.ModelViewSet):
    """
    Create, search and read the books in the catalogue.

    The browsable API shows this docstring on the list and detail pages;
    an @action shows its own.
    """

    queryset = Book.objects.order_by("pk")
    serializer_class = BookSerializer

    @action(detail=False)
    def recent(self, request: Request) -> Response:
        """Books first published in 2015 or later, newest first."""
        books = self.get_queryset().filter(year__gte=2015).order_by("-year")
        return Response(self.get_serializer(books, many=True).data)
