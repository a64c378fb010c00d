from django.apps import AppConfig


class DjangoOrmInFastapiConfig(AppConfig):
    name = "django_orm_in_fastapi.django_app"
    label = "django_orm_in_fastapi"
