from type_safety.drf_app.serializers import BookSerializer


# region mistakes
def shelf_label(serializer: BookSerializer) -> str:
    data = serializer.validated_data
    # validated_data is typed Any (with the stubs): the misspelt key fails only when
    # this runs.
    return f"{data['titel']} ({data['pages']} pages)"


# endregion mistakes
