from rest_framework import serializers


class TransferSerializer(serializers.Serializer):
    source = serializers.IntegerField()
    target = serializers.IntegerField()
    amount = serializers.IntegerField(min_value=1)
