from rest_framework import serializers

from performance.django_app.models import Book


# region serializer
class BookSerializer(serializers.ModelSerializer):
    # A dotted source follows book.author: a query per book unless the view joined it.
    author_name = serializers.CharField(source="author.name", read_only=True)

    class Meta:
        model = Book
        fields = ["id", "title", "year", "author_name"]


# endregion serializer
