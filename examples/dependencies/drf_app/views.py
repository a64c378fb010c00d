from rest_framework import viewsets
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.permissions import BasePermission, IsAdminUser, IsAuthenticated

from dependencies.django_app.models import Note
from dependencies.drf_app.auth import BearerTokenAuthentication, HasAPIKey
from dependencies.drf_app.serializers import NoteSerializer


# region viewset
class NoteViewSet(viewsets.ModelViewSet):
    serializer_class = NoteSerializer
    authentication_classes = [BearerTokenAuthentication]  # who is calling
    permission_classes = [HasAPIKey, IsAuthenticated]  # may they call at all

    def get_queryset(self):
        return Note.objects.filter(owner=self.request.user)

    def perform_create(self, serializer: NoteSerializer) -> None:
        serializer.save(owner=self.request.user)

    def get_serializer_context(self) -> dict:
        return {**super().get_serializer_context(), "notes": self.get_queryset()}

    # endregion viewset

    # region classes
    pagination_class = LimitOffsetPagination  # ?limit=&offset= on the list

    def get_permissions(self) -> list[BasePermission]:
        if self.action == "destroy":
            # deleting needs is_staff as well
            return [*super().get_permissions(), IsAdminUser()]
        return super().get_permissions()

    # endregion classes
