"""Import this before any Django model: it configures Django for this process."""

import os

import django

# region setup
# The same variable manage.py sets; a real deployment may point it at the Django
# project's own settings module instead.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "django_orm_in_fastapi.settings")
django.setup()  # reads settings, imports every INSTALLED_APPS models module
# endregion setup
