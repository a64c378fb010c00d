from django.apps import AppConfig


class ValidationConfig(AppConfig):
    name = "validation.django_app"
    label = "validation"
