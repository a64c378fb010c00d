from django.apps import AppConfig


class SchemaMigrationsConfig(AppConfig):
    name = "schema_migrations.django_app"
    label = "schema_migrations"
