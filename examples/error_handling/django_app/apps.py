from django.apps import AppConfig


class ErrorHandlingConfig(AppConfig):
    name = "error_handling.django_app"
    label = "error_handling"
