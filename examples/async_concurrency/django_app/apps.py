from django.apps import AppConfig


class AsyncConcurrencyConfig(AppConfig):
    name = "async_concurrency.django_app"
    label = "async_concurrency"
