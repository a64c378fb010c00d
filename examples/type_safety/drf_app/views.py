from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from type_safety.django_app.models import Book
from type_safety.drf_app.serializers import (
    BookFilterSerializer,
    BookSerializer,
    StrictBookSerializer,
)


# region list
class BookList(APIView):
    def get(self, request: Request) -> Response:
        filters = BookFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)  # a 400 with the field errors
        books = Book.objects.filter(pages__gte=filters.validated_data["min_pages"])
        if filters.validated_data["in_print"] is not None:
            books = books.filter(in_print=filters.validated_data["in_print"])
        return Response(BookSerializer(books.order_by("title"), many=True).data)


# endregion list


class BookCreate(generics.CreateAPIView):
    serializer_class = BookSerializer


class StrictBookCreate(generics.CreateAPIView):
    serializer_class = StrictBookSerializer
