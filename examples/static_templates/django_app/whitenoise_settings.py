"""The same settings for a project that serves its own static files with WhiteNoise."""

# The URL, the source folders and STATIC_ROOT do not change.
from static_templates.django_app.static_settings import (  # noqa: F401
    STATIC_ROOT,
    STATIC_URL,
    STATICFILES_DIRS,
)

# region whitenoise
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # directly after SecurityMiddleware
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Manifest hashing, plus a .gz copy of each file (and .br when Brotli is
        # installed).
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
# endregion whitenoise
