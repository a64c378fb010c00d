"""The settings this topic's Django project would have.

The shared example project cannot change per topic, so the tests import this module with a
prepared environment and apply its values with override_settings.
"""

import os


# region env
def env_list(name: str) -> list[str]:
    # Environment values are strings: "a,b" becomes ["a", "b"], "" becomes [].
    return [
        item.strip() for item in os.environ.get(name, "").split(",") if item.strip()
    ]


DEBUG = os.environ.get("SHOP_DEBUG", "false").strip().lower() in {
    "1",
    "true",
    "yes",
    "on",
}
SECRET_KEY = os.environ["SHOP_SECRET_KEY"]  # a KeyError at start-up if it is missing
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("SHOP_DATABASE_NAME", "shop.sqlite3"),
    }
}
# endregion env

# region apps
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "django_filters",  # for the filter form in the browsable API
    "corsheaders",  # for its system checks
    "ecosystem.django_app",
]
MIDDLEWARE = [
    # first: it may answer a preflight on its own
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]
REST_FRAMEWORK = {
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"]
}
# endregion apps

# region cors
CORS_ALLOWED_ORIGINS = env_list("SHOP_CORS_ORIGINS")
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
CORS_PREFLIGHT_MAX_AGE = 600
# endregion cors

# region logging
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # Every SQL statement with its duration, but only while DEBUG is True.
    "loggers": {"django.db.backends": {"handlers": ["console"], "level": "DEBUG"}},
}
# endregion logging
