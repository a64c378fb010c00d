from django.apps import AppConfig


class ExistingDatabaseConfig(AppConfig):
    name = "existing_database.django_app"
    label = "existing_database"
