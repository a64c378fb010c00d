from django.apps import AppConfig


class DataModelingConfig(AppConfig):
    name = "data_modeling.django_app"
    label = "data_modeling"

    def ready(self) -> None:
        # A receiver is connected only when its module is imported; nothing else imports
        # it.
        from data_modeling.django_app import signals  # noqa: F401
