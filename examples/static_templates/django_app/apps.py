from django.apps import AppConfig


class StaticTemplatesConfig(AppConfig):
    name = "static_templates.django_app"
    label = "static_templates"
