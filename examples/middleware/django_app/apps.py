from django.apps import AppConfig


class MiddlewareConfig(AppConfig):
    name = "middleware.django_app"
    label = "middleware"
