from datetime import date
from typing import Any

from rest_framework import serializers

from type_safety.django_app.models import Book


# region fields
class PageCountField(serializers.IntegerField):
    """The page-count rules, declared once and reused by several serializers."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(min_value=1, max_value=10_000, **kwargs)


class BookFilterSerializer(serializers.Serializer):
    in_print = serializers.BooleanField(required=False, allow_null=True, default=None)
    min_pages = PageCountField(default=1)


# endregion fields


# region book
class BookSerializer(serializers.ModelSerializer[Book]):
    # The type argument is for djangorestframework-stubs; DRF ignores it at runtime.
    pages = PageCountField()

    class Meta:
        model = Book
        fields = ["id", "title", "pages", "in_print", "published_on"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        # attrs is a plain dict: every value is Any to a type checker, and a key typo is
        # a KeyError.
        published_on = attrs.get("published_on")
        if published_on is not None and published_on > date.today():
            raise serializers.ValidationError(
                {"published_on": "Cannot be in the future."}
            )
        return attrs


# endregion book


# region strict
class StrictIntegerField(PageCountField):
    """DRF has no strict mode: refusing "12" for an integer takes a custom field."""

    def to_internal_value(self, data: Any) -> int:
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictBookSerializer(BookSerializer):
    pages = StrictIntegerField()


# endregion strict
