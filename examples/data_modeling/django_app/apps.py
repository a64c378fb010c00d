from django.apps import AppConfig


class DataModelingConfig(AppConfig):
    name = "data_modeling.django_app"
    label = "data_modeling"
