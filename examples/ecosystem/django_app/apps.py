from django.apps import AppConfig


class EcosystemConfig(AppConfig):
    name = "ecosystem.django_app"
    label = "ecosystem"
