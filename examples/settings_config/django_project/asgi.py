import os

from django.core.asgi import get_asgi_application

# region asgi
# Only a default: a DJANGO_SETTINGS_MODULE already set wins.
os.environ.setdefault(
    "DJANGO_SETTINGS_MODULE", "settings_config.django_project.settings"
)

# Imports the settings, so a settings.py that raises stops it here.
application = get_asgi_application()
# endregion asgi
