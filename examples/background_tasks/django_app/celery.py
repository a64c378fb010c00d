import os

from celery import Celery
from celery.schedules import crontab

# The worker imports this module first: Django must be configured before any task module
# loads.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "django_site.settings")

# region app
app = Celery("background_tasks")
# Every CELERY_* name in settings.py becomes a Celery option: CELERY_BROKER_URL ->
# broker_url.
app.config_from_object("django.conf:settings", namespace="CELERY")
# Imports tasks.py from each installed app, so the worker knows every task by name.
app.autodiscover_tasks()
# endregion app

# region beat
app.conf.beat_schedule = {
    "purge-unconfirmed-signups": {
        "task": "background_tasks.django_app.tasks.purge_unconfirmed_signups",
        # daily at 03:00, CELERY_TIMEZONE (default UTC)
        "schedule": crontab(hour=3, minute=0),
        "kwargs": {"days": 7},
    },
}
# endregion beat
