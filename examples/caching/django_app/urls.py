from django.urls import path

from caching.django_app import views

urlpatterns = [
    path("articles/", views.article_list, name="article-list"),
    path("articles/latest/", views.latest_titles, name="article-latest"),
    path("articles/<slug:slug>/", views.article_detail, name="article-detail"),
    path("articles/<slug:slug>/edit/", views.article_update, name="article-update"),
    path("articles/<slug:slug>/page/", views.article_page, name="article-page"),
]
