from django.apps import AppConfig


class CapstoneConfig(AppConfig):
    name = "capstone.django_app"
    label = "capstone"
