from django.core.mail import send_mail
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from data_modeling.django_app.models import Author


# region welcome
@receiver(post_save, sender=Author)
def welcome_new_author(sender, instance: Author, created: bool, **kwargs) -> None:
    if not created:
        return  # post_save fires on every save(), not only the first
    # The save is not committed yet: send only if the transaction commits.
    transaction.on_commit(
        lambda: send_mail(
            "Welcome", f"Hello {instance.display_name}!", None, [instance.email]
        )
    )


# endregion welcome
