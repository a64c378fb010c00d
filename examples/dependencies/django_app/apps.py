from django.apps import AppConfig


class DependenciesConfig(AppConfig):
    name = "dependencies.django_app"
    label = "dependencies"
