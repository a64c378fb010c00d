"""CACHES for settings.py: Redis in production, local memory in tests."""

import os

# region production
CACHES = {
    "default": {
        # Built into Django since 4.0; needs only the redis package.
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://localhost:6379/0"),
        "TIMEOUT": 300,  # seconds, for every set() that does not pass its own timeout
        "KEY_PREFIX": "articles",  # keys become "articles:<version>:<key>"
    }
}
# endregion production

# region tests
TEST_CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "caching-tests",  # one private store per process
    }
}
# endregion tests
