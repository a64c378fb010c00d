"""The static-files part of a settings.py. Tests apply these values with override_settings."""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# region static-settings
STATIC_URL = "static/"  # the URL prefix (SCRIPT_NAME is added in front)
STATIC_ROOT = BASE_DIR / "collected"  # where collectstatic copies to; not in git
STATICFILES_DIRS = [BASE_DIR / "assets"]  # files that belong to no app
# Each app's static/ folder is found as well (the default STATICFILES_FINDERS).
# endregion static-settings

# region storages
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # collectstatic also writes css/site.<hash>.css and staticfiles.json.
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
    },
}
# endregion storages
