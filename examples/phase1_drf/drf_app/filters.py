from django_filters import rest_framework as filters

from capstone.django_app.models import ChatMessage


# region filterset
class MessageFilter(filters.FilterSet):
    # ?role=user&role=assistant keeps either; an unknown role is a 400, not an empty
    # page.
    role = filters.MultipleChoiceFilter(choices=ChatMessage.Role.choices)

    class Meta:
        model = ChatMessage
        fields = ["role"]


# endregion filterset
