from django.urls import path

from hybrid.django_app.admin import content_admin
from hybrid.django_app.views import article_page

# region urls
urlpatterns = [
    path("admin/", content_admin.urls),  # editors
    path("articles/<slug:slug>/", article_page, name="article"),  # readers, as HTML
]
# endregion urls
