from rest_framework.pagination import LimitOffsetPagination


# region pagination
class MessagePagination(LimitOffsetPagination):
    default_limit = 20  # used when the client sends no ?limit=
    max_limit = 100  # a larger ?limit= is cut down to this, not refused


# endregion pagination
