from django.urls import path

from deployment.django_app import views

urlpatterns = [
    path("healthz/", views.liveness, name="liveness"),
    path("readyz/", views.readiness, name="readiness"),
    path("items/<int:item_id>/", views.read_item, name="read-item"),
]
