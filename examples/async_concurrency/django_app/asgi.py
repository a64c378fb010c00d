# region asgi
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "django_site.settings")

# For uvicorn, Daphne or Hypercorn. A wsgi.py beside it serves the same project to
# gunicorn.
application = get_asgi_application()
# endregion asgi
