from django.apps import AppConfig


class BackgroundTasksConfig(AppConfig):
    name = "background_tasks.django_app"
    label = "background_tasks"
