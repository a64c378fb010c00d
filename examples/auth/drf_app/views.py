from rest_framework import viewsets
from rest_framework.authentication import SessionAuthentication
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.permissions import AllowAny, IsAdminUser, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from auth.django_app.models import ApiToken, Message
from auth.drf_app.authentication import ApiTokenAuthentication
from auth.drf_app.permissions import IsOwnerOrReadOnly
from auth.drf_app.serializers import MessageSerializer


# region token
class LoginRateThrottle(AnonRateThrottle):
    """Five attempts a minute per client address, counted in Django's cache.

    Set REST_FRAMEWORK["NUM_PROXIES"] (0, or the number of proxies in front): left unset,
    DRF takes the address from X-Forwarded-For, which each client can choose per request.
    """

    scope = "login"
    rate = "5/min"  # or "login": "5/min" in REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]


class IssueToken(APIView):
    authentication_classes = []  # no session here, so no CSRF check on this endpoint
    permission_classes = [AllowAny]
    throttle_classes = [LoginRateThrottle]  # each attempt costs a slow password hash

    def post(self, request: Request) -> Response:
        serializer = AuthTokenSerializer(
            data=request.data, context={"request": request}
        )
        # calls django.contrib.auth.authenticate()
        serializer.is_valid(raise_exception=True)
        # A new token each time; the old one stops working. Only its digest is stored.
        key = ApiToken.issue(serializer.validated_data["user"])
        return Response({"token": key})


# endregion token


# region viewset
class MessageViewSet(viewsets.ModelViewSet):
    queryset = Message.objects.select_related("owner").order_by("id")
    serializer_class = MessageSerializer
    # The first class decides the 401 challenge: Token sends one, Session does not
    # (403).
    # No BasicAuthentication: browsers re-send Basic credentials by themselves, and DRF
    # does not check CSRF for them.
    authentication_classes = [ApiTokenAuthentication, SessionAuthentication]
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
