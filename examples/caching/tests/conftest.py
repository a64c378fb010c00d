import pytest
from django.core.cache import cache

from caching.django_app.cache_settings import TEST_CACHES


# region locmem
@pytest.fixture(autouse=True)
def local_memory_cache(settings):
    """Every test gets an empty in-process cache, whatever settings.py configures."""
    settings.CACHES = TEST_CACHES  # pytest-django restores the real value afterwards
    cache.clear()
    yield
    cache.clear()


# endregion locmem
