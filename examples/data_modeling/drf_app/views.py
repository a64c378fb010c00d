from rest_framework import generics

from data_modeling.django_app.models import Author
from data_modeling.drf_app.serializers import AuthorDetailSerializer, AuthorSerializer


class AuthorCreate(generics.CreateAPIView):
    serializer_class = AuthorSerializer


class AuthorDetail(generics.RetrieveAPIView):
    # One extra query for all the posts instead of one per author (N+1).
    queryset = Author.objects.prefetch_related("posts")
    serializer_class = AuthorDetailSerializer
