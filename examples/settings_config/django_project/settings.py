"""A production-style settings.py: what differs per environment comes from it.

Django imports this module once, on first use of a setting; an exception here
stops the process before it serves anything.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off"}


# region env
def env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} variable.")
    return value


def env_bool(name: str, default: str = "false") -> bool:
    # Environment values are strings, and "False" is a truthy string.
    value = env(name, default).strip().lower()
    if value not in TRUE_VALUES | FALSE_VALUES:
        raise ImproperlyConfigured(f"{name} is not a boolean: {value!r}")
    return value in TRUE_VALUES


SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env_bool("DJANGO_DEBUG")
ALLOWED_HOSTS = env("DJANGO_ALLOWED_HOSTS", "localhost").split(",")
MAINTENANCE_MODE = env_bool("SHOP_MAINTENANCE_MODE")  # our own setting
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": env("DJANGO_DB_NAME", str(BASE_DIR / "shop.sqlite3")),
    }
}
# endregion env

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
]
ROOT_URLCONF = "settings_config.django_project.urls"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
