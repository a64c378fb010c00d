"""Shared by this topic's Django and DRF tests. (Kept free of example imports, so that
importing it early does not hide which example files the tests execute.)"""

import pytest

API_KEY = "test-api-key"


@pytest.fixture
def notes_api_key(settings) -> str:
    # The key both Django examples read from settings; settings.py does not define it.
    settings.NOTES_API_KEY = API_KEY
    return API_KEY
