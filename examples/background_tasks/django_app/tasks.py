from datetime import timedelta
from smtplib import SMTPException

from celery import shared_task
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from background_tasks.django_app.models import SentEmail, Signup


# region welcome
@shared_task(
    # retry only the errors that can go away on their own
    autoretry_for=(SMTPException,),
    # exponential waits: up to 1 s, 2 s, 4 s ..., randomised (retry_jitter)
    retry_backoff=True,
    retry_backoff_max=600,  # never wait more than 10 minutes between attempts
    max_retries=5,
    acks_late=True,  # acknowledge after the run, not when the message arrives
    reject_on_worker_lost=True,  # and if the worker process is killed, requeue it
)
def send_welcome_email(signup_id: int) -> str:
    signup = Signup.objects.filter(pk=signup_id).first()
    if signup is None:
        return "signup gone"  # deleted between enqueue and run: nothing to do
    with transaction.atomic():
        _, created = SentEmail.objects.get_or_create(
            idempotency_key=f"welcome:{signup.pk}", defaults={"recipient": signup.email}
        )
        if not created:
            return "already sent"
        # If sending raises, the key is rolled back with it, so the retry can send.
        send_mail("Welcome!", "Thanks for signing up.", None, [signup.email])
    return "sent"


# endregion welcome


# region purge
@shared_task
def purge_unconfirmed_signups(days: int = 7) -> int:
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _ = Signup.objects.filter(confirmed=False, created_at__lt=cutoff).delete()
    return deleted


# endregion purge
