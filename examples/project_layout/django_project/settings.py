"""The project's settings: what startproject writes as mysite/settings.py.

Trimmed to what this example needs; `manage.py check` passes with it.
"""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Read it from the environment in production: see the settings page.
SECRET_KEY = "django-insecure-example-only"
DEBUG = True
ALLOWED_HOSTS: list[str] = []

# region apps
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    # Listed, so Django finds its models, migrations and admin.
    "project_layout.django_app",
]

MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
]

# The URLconf every request starts from.
ROOT_URLCONF = "project_layout.django_project.urls"
# endregion apps

# region database
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "project_layout.sqlite3",
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# endregion database

USE_TZ = True
