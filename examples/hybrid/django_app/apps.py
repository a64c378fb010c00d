from django.apps import AppConfig


class HybridConfig(AppConfig):
    name = "hybrid.django_app"
    label = "hybrid"
