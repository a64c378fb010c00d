from django.apps import AppConfig


class Phase0FoundationsConfig(AppConfig):
    name = "phase0_foundations.django_app"
    label = "phase0_foundations"
