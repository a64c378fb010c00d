from django.urls import path

from data_modeling.drf_app.views import AuthorCreate, AuthorDetail

urlpatterns = [
    path("authors/", AuthorCreate.as_view(), name="author-create"),
    path("authors/<int:pk>/", AuthorDetail.as_view(), name="author-detail"),
]
