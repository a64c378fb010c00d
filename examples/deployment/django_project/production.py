"""Production settings for a Django project behind a TLS-terminating reverse proxy."""

import os

from django_site.settings import *  # noqa: F403  (the examples' shared settings stand in for your base.py)

# region proxy
DEBUG = False
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "shop.example.com").split(",")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

# The proxy terminates TLS and says so in this header. Trust it only if the proxy
# overwrites any X-Forwarded-Proto a client sends and nothing but the proxy can reach
# the application.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
USE_X_FORWARDED_HOST = True  # build absolute URLs with the host name the proxy received

SECURE_SSL_REDIRECT = True
# probes talk plain HTTP to the container
SECURE_REDIRECT_EXEMPT = [r"^healthz/$", r"^readyz/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# endregion proxy

# region prefix
# Set when the proxy serves the project under a path, e.g. https://example.com/shop/.
FORCE_SCRIPT_NAME = os.environ.get("DJANGO_SCRIPT_NAME") or None
# endregion prefix

# region logging
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,  # keep Django's own loggers
    "formatters": {
        "line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "line"},
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.request": {"level": "ERROR"},  # 5xx with tracebacks, not every 404
    },
}
# endregion logging
