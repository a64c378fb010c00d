from django import forms
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from background_tasks.django_app.models import Signup
from background_tasks.django_app.tasks import send_welcome_email


class SignupForm(forms.ModelForm):
    class Meta:
        model = Signup
        fields = ["email"]


# region signup
@require_POST
def signup(request: HttpRequest) -> JsonResponse:
    form = SignupForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    with transaction.atomic():
        new_signup = form.save()
        # Publish only when the row is committed; on rollback the callback is dropped.
        transaction.on_commit(lambda: send_welcome_email.delay(new_signup.pk))
    return JsonResponse({"id": new_signup.pk, "email": new_signup.email}, status=201)


# endregion signup
