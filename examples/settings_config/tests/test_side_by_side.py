"""One environment variable, read by both frameworks, means the same thing to both."""

import importlib
import sys

from settings_config.fastapi_app.config import Settings


def test_one_variable_switches_both_services(monkeypatch):
    monkeypatch.setenv("DJANGO_SECRET_KEY", "s3cret")
    monkeypatch.setenv("SHOP_SECRET_KEY", "s3cret")
    monkeypatch.setenv("SHOP_MAINTENANCE_MODE", "on")
    monkeypatch.delitem(
        sys.modules, "settings_config.django_project.settings", raising=False
    )
    django_settings = importlib.import_module("settings_config.django_project.settings")
    assert django_settings.MAINTENANCE_MODE is True
    assert Settings(_env_file=None).maintenance_mode is True
