"""Django settings for a FastAPI process that only uses the ORM.

No middleware, templates, URLs or admin: `django.setup()` needs the apps whose
models you import and the database to reach.
"""

import os
from pathlib import Path

# region settings
INSTALLED_APPS = [
    "django.contrib.contenttypes",  # only if a model uses it (GenericForeignKey, auth)
    "django_orm_in_fastapi.django_app",
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get(
            "INVENTORY_DATABASE", Path(__file__).parent / "db.sqlite3"
        ),
        # 0: close the connection at the end of each request (Django's default).
        "CONN_MAX_AGE": int(os.environ.get("CONN_MAX_AGE", "0")),
    }
}
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# endregion settings
