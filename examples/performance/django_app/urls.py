from django.urls import path

from performance.django_app import views
from performance.drf_app.views import BookList, BookListNPlusOne, BookListValues

urlpatterns = [
    path("ping/", views.ping),
    path("books/n-plus-one/", views.books_n_plus_one),
    path("books/", views.books),
    path("books/values/", views.books_values),
    path("api/books/n-plus-one/", BookListNPlusOne.as_view()),
    path("api/books/", BookList.as_view()),
    path("api/books/values/", BookListValues.as_view()),
]
