from django.urls import path

from dependencies.django_app import views

# The "api/" prefix is what ApiKeyMiddleware looks for.
urlpatterns = [
    path("api/me/", views.me),
    path("api/notes/", views.NoteListView.as_view()),
    path("api/notes/import/", views.import_notes),
    path("api/notes/<int:note_id>/delete/", views.delete_note),
]
