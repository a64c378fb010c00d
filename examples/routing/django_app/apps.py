from django.apps import AppConfig


class RoutingConfig(AppConfig):
    name = "routing.django_app"
    label = "routing"
