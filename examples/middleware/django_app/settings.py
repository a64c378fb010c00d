"""The settings this topic's Django project would have.

The shared example project cannot change per topic, so the tests apply these values with
override_settings (see tests/test_django_middleware.py).
"""

# region middleware
MIDDLEWARE = [
    # Outermost: it times everything below and tags every response, 500 pages included.
    "middleware.django_app.middleware.RequestIdMiddleware",
    # As high as possible: CommonMiddleware and others can answer before the view runs.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before any middleware that reads or changes the body, so it compresses last.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "middleware.django_app.middleware.maintenance_mode",
]
# endregion middleware

# region cors
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]  # scheme + host (+ port), no path
CORS_ALLOW_METHODS = ["GET", "POST"]
CORS_EXPOSE_HEADERS = ["X-Request-ID"]  # lets the browser's JavaScript read it
CORS_PREFLIGHT_MAX_AGE = 600  # seconds a browser may cache the preflight answer
# endregion cors

# region hosts
# ".example.org" also matches subdomains
ALLOWED_HOSTS = ["api.example.com", ".example.org"]
# endregion hosts
