from django.urls import path

from type_safety.drf_app import views

urlpatterns = [
    path("books/", views.BookList.as_view(), name="book-list"),
    path("books/new/", views.BookCreate.as_view(), name="book-create"),
    path(
        "books/new/strict/", views.StrictBookCreate.as_view(), name="book-create-strict"
    ),
]
