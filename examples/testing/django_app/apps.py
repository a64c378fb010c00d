from django.apps import AppConfig


class TestingConfig(AppConfig):
    name = "testing.django_app"
    label = "testing"
