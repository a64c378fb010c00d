import json

from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View
from django.views.decorators.http import require_POST

from dependencies.django_app.models import Note


# region current-user
@login_required  # anonymous users are redirected to settings.LOGIN_URL
def me(request: HttpRequest) -> JsonResponse:
    # AuthenticationMiddleware put the user on the request before the view ran.
    return JsonResponse({"username": request.user.get_username()})


# endregion current-user


# region mixin
class OwnedNotesMixin:
    """Every notes view starts from this queryset, so no view can forget the owner filter."""

    request: HttpRequest

    def get_queryset(self) -> QuerySet[Note]:
        return Note.objects.filter(owner=self.request.user)


class NoteListView(LoginRequiredMixin, OwnedNotesMixin, View):
    raise_exception = True  # answer 403 instead of redirecting to the login page

    def get(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse({"notes": list(self.get_queryset().values("id", "title"))})


# endregion mixin


# region permission
@require_POST
@permission_required("dependencies.delete_note", raise_exception=True)
def delete_note(request: HttpRequest, note_id: int) -> JsonResponse:
    note = get_object_or_404(Note, pk=note_id, owner=request.user)
    note.delete()
    return JsonResponse({"deleted": note_id})


# endregion permission


# region atomic
@require_POST
@login_required
@transaction.atomic  # commit when the view returns, roll back when it raises
def import_notes(request: HttpRequest) -> JsonResponse:
    titles: list[str] = json.loads(request.body)["titles"]
    for title in titles:
        if Note.objects.filter(owner=request.user, title=title).exists():
            # a normal return would commit the notes so far
            transaction.set_rollback(True)
            return JsonResponse({"detail": f"Duplicate title: {title}"}, status=409)
        Note.objects.create(owner=request.user, title=title)
    return JsonResponse({"created": len(titles)}, status=201)


# endregion atomic
