"""The MIDDLEWARE setting of a project that uses RequestIDMiddleware (tests load it from here)."""

# region setting
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Early, so that everything after it (and its log lines) can use request.request_id.
    "phase0_foundations.django_app.middleware.RequestIDMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
# endregion setting
