from rest_framework import serializers

from routing.django_app.models import Article


class ArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "title", "slug", "status", "published_on"]
        read_only_fields = ["status", "published_on"]
