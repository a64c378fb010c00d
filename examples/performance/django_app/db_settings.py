"""The DATABASES setting of a project that keeps its connections between requests."""

# region databases
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": "performance.sqlite3",
        # Keep each thread's connection for up to 60 s instead of closing it after every
        # request.
        "CONN_MAX_AGE": 60,
        # Before reusing a kept connection in a new request, check that it still works
        # (4.1+).
        "CONN_HEALTH_CHECKS": True,
    }
}
# endregion databases
