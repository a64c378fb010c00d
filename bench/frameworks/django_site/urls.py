from django.conf import settings
from django.urls import path

if settings.MODE == "async":
    from . import views_async as views
else:
    from . import views_sync as views

urlpatterns = [
    path("json", views.fixed_json),
    path("items/<int:item_id>", views.item_detail),
    path("items", views.item_list),
    path("upstream", views.upstream),
    path("validate", views.validate),
]
