from rest_framework import serializers

from caching.django_app.models import Article


class ArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["slug", "title", "body", "updated_at"]
        read_only_fields = ["slug", "updated_at"]
