from rest_framework import serializers

from api_docs.django_app.models import Book


class BookSerializer(serializers.ModelSerializer):
    class Meta:
        model = Book
        fields = ["id", "title", "isbn", "year"]
        # Bounds the model does not have; the OPTIONS metadata reports them too.
        extra_kwargs = {"year": {"min_value": 1450, "max_value": 2100}}
