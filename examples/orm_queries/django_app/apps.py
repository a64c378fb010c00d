from django.apps import AppConfig


class OrmQueriesConfig(AppConfig):
    name = "orm_queries.django_app"
    label = "orm_queries"
