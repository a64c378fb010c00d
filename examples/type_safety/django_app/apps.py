from django.apps import AppConfig


class TypeSafetyConfig(AppConfig):
    name = "type_safety.django_app"
    label = "type_safety"
