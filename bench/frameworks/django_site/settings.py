"""A minimal Django project for the benchmark, configured from environment variables.

BENCH_DJANGO_MODE chooses how it is served: "sync" (gunicorn's gthread workers, sync views, one
persistent connection per thread) or "async" (uvicorn, async views, psycopg's connection pool).
Either way a worker process holds at most BENCH_DB_CONNECTIONS connections to PostgreSQL.
"""

import os

MODE = os.environ.get("BENCH_DJANGO_MODE", "sync")
if MODE not in ("sync", "async"):
    raise ValueError(f"BENCH_DJANGO_MODE must be 'sync' or 'async', not {MODE!r}")

SECRET_KEY = os.environ.get("BENCH_SECRET_KEY", "benchmark-only-not-a-secret")
DEBUG = False  # DEBUG = True keeps every SQL query in memory
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS = ["django_site"]
# What a JSON API keeps from startproject's list: no sessions, auth, messages or CSRF cookies.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]
ROOT_URLCONF = "django_site.urls"
WSGI_APPLICATION = "django_site.wsgi.application"

USE_TZ = True
TIME_ZONE = "UTC"
USE_I18N = False

_database = {
    "ENGINE": "django.db.backends.postgresql",
    "HOST": os.environ.get("BENCH_DB_HOST", "127.0.0.1"),
    "PORT": os.environ.get("BENCH_DB_PORT", "5432"),
    "NAME": os.environ.get("BENCH_DB_NAME", "bench"),
    "USER": os.environ.get("BENCH_DB_USER", "bench"),
    "PASSWORD": os.environ.get("BENCH_DB_PASSWORD", ""),
}
# The database connections one worker process may hold: the same number on every server.
CONNECTIONS = int(os.environ.get("BENCH_DB_CONNECTIONS", "4"))
if MODE == "sync":
    # gunicorn runs CONNECTIONS threads per worker (--threads); Django keeps one connection per
    # thread, and CONN_MAX_AGE reuses it across that thread's requests.
    _database["CONN_MAX_AGE"] = 600
else:
    # Under ASGI Django's docs advise against persistent connections; use psycopg's pool (5.1+).
    _database["OPTIONS"] = {"pool": {"min_size": CONNECTIONS, "max_size": CONNECTIONS}}
DATABASES = {"default": _database}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
