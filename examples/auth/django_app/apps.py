from django.apps import AppConfig


class AuthExampleConfig(AppConfig):
    name = "auth.django_app"
    # "auth" is taken by django.contrib.auth, so this app needs a label of its own.
    label = "auth_example"
