from capstone.drf_app.serializers import ChatMessageSerializer


# region serializer
class LimitedChatMessageSerializer(ChatMessageSerializer):
    class Meta(ChatMessageSerializer.Meta):
        # A TextField has no max_length, so the limit is a serializer rule, not a column
        # rule.
        extra_kwargs = {"content": {"max_length": 4000}}


# endregion serializer
