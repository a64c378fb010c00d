from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from auth.django_app.models import Message


# region object-permission
class IsOwnerOrReadOnly(BasePermission):
    """Anyone authenticated may read; only the author (or staff) may change a message."""

    message = "Only the author of a message can change it."

    def has_object_permission(
        self, request: Request, view: APIView, obj: Message
    ) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return obj.owner_id == request.user.id or request.user.is_staff


# endregion object-permission
