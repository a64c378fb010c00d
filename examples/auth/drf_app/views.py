from rest_framework import viewsets
from rest_framework.authentication import BasicAuthentication, SessionAuthentication
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.permissions import AllowAny, IsAdminUser, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from auth.django_app.models import ApiToken, Message
from auth.drf_app.authentication import ApiTokenAuthentication
from auth.drf_app.permissions import IsOwnerOrReadOnly
from auth.drf_app.serializers import MessageSerializer


# region token
class IssueToken(APIView):
    authentication_classes = []  # no session here, so no CSRF check on this endpoint
    permission_classes = [AllowAny]

    def post(self, request: Request) -> Response:
        serializer = AuthTokenSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)  # calls django.contrib.auth.authenticate()
        token, _ = ApiToken.objects.get_or_create(user=serializer.validated_data["user"])
        return Response({"token": token.key})
# endregion token


# region viewset
class MessageViewSet(viewsets.ModelViewSet):
    queryset = Message.objects.select_related("owner").order_by("id")
    serializer_class = MessageSerializer
    # The first class decides the 401 challenge: Token sends one, Session does not (403).
    authentication_classes = [ApiTokenAuthentication, SessionAuthentication, BasicAuthentication]
    # Both must pass; has_object_permission runs only for a single object (get_object).
    permission_classes = [IsAuthenticated, IsOwnerOrReadOnly]

    def perform_create(self, serializer: MessageSerializer) -> None:
        serializer.save(owner=self.request.user)


class ModerationStats(APIView):
    authentication_classes = [ApiTokenAuthentication, SessionAuthentication]
    permission_classes = [IsAdminUser]  # is_staff, not is_superuser

    def get(self, request: Request) -> Response:
        return Response({"messages": Message.objects.count()})
# endregion viewset
