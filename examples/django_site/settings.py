"""One Django project for every topic's examples.

Each topic folder with a `django_app/apps.py` is installed automatically, so adding a
topic never means editing this file. Tests pick their URLconf with @pytest.mark.urls.
"""

from pathlib import Path

EXAMPLES_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "examples-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
USE_TZ = True
TIME_ZONE = "UTC"
ROOT_URLCONF = "django_site.urls"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TOPIC_APPS = [
    f"{apps_file.parent.parent.name}.django_app"
    for apps_file in sorted(EXAMPLES_DIR.glob("*/django_app/apps.py"))
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    *TOPIC_APPS,
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": EXAMPLES_DIR / "examples.sqlite3",
    }
}

STATIC_URL = "static/"

# Email. Django 6.1 reads MAILERS (EMAIL_BACKEND and the EMAIL_* server settings are
# deprecated there); Django 5.2 ignores it and uses the EMAIL_* defaults. The test
# runner replaces every mailer with the in-memory backend on both lines.
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "localhost", "port": 25},
    },
}
