from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.authentication import BasicAuthentication, SessionAuthentication
from rest_framework.permissions import IsAuthenticated

from capstone.drf_app.views import ChatMessageViewSet
from phase1_drf.drf_app.filters import MessageFilter
from phase1_drf.drf_app.pagination import MessagePagination
from phase1_drf.drf_app.permissions import StaffCanDelete


# region viewset
class ModeratedMessageViewSet(ChatMessageViewSet):
    """The capstone's endpoints for signed-in users, paginated and filterable by role."""

    # The first class sets the status for anonymous callers: Basic sends a challenge, so
    # 401.
    authentication_classes = [BasicAuthentication, SessionAuthentication]
    permission_classes = [IsAuthenticated, StaffCanDelete]  # all must agree
    pagination_class = MessagePagination
    filter_backends = [DjangoFilterBackend]
    filterset_class = MessageFilter


# endregion viewset
