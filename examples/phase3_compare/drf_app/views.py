from capstone.drf_app.views import ChatMessageViewSet
from phase3_compare.drf_app.serializers import LimitedChatMessageSerializer


# region viewset
class LimitedChatMessageViewSet(ChatMessageViewSet):
    serializer_class = LimitedChatMessageSerializer


# endregion viewset
