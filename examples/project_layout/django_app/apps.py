from django.apps import AppConfig


class ProjectLayoutConfig(AppConfig):
    name = "project_layout.django_app"
    label = "project_layout"
