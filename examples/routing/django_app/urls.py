from django.urls import path, register_converter

from routing.django_app import converters, views

register_converter(converters.IsoDateConverter, "isodate")

app_name = "articles"  # the namespace: reverse("articles:detail", kwargs={"pk": 1})

# region patterns
urlpatterns = [
    path("", views.ArticleCollection.as_view(), name="collection"),
    path("<int:pk>/", views.ArticleItem.as_view(), name="detail"),
    path("archive/<isodate:day>/", views.articles_on_day, name="archive-day"),
    # After <int:pk>: "42" is a valid slug too, and the first matching pattern wins.
    path("<slug:slug>/", views.ArticlePage.as_view(), name="page"),
]
# endregion patterns
