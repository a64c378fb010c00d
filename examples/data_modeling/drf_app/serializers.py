from rest_framework import serializers

from data_modeling.django_app.models import Author, Post


# region serializers
class AuthorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Author
        fields = ["id", "email", "display_name", "joined_at"]
        read_only_fields = ["joined_at"]


class PostSerializer(serializers.ModelSerializer):
    class Meta:
        model = Post
        fields = ["id", "title", "slug", "status", "created_at"]
        read_only_fields = ["created_at"]


class AuthorDetailSerializer(AuthorSerializer):
    posts = PostSerializer(many=True, read_only=True)

    class Meta(AuthorSerializer.Meta):
        fields = [*AuthorSerializer.Meta.fields, "posts"]


# endregion serializers
