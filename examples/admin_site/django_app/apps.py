from django.apps import AppConfig


class AdminSiteConfig(AppConfig):
    name = "admin_site.django_app"
    label = "admin_site"
