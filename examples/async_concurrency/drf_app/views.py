from asgiref.sync import async_to_sync
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from async_concurrency.django_app.ledger import InsufficientFunds, transfer
from async_concurrency.django_app.models import Account
from async_concurrency.django_app.views import fetch_dashboard
from async_concurrency.drf_app.serializers import TransferSerializer


# region transfer
class TransferView(APIView):
    # DRF views are sync: the ORM and atomic() are used as they always were.
    def post(self, request: Request) -> Response:
        serializer = TransferSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            transfer(data["source"], data["target"], data["amount"])
        except InsufficientFunds as error:
            return Response({"detail": str(error)}, status=status.HTTP_409_CONFLICT)
        except Account.DoesNotExist:
            return Response(
                {"detail": "No such account"}, status=status.HTTP_404_NOT_FOUND
            )
        return Response({"status": "done"})


# endregion transfer


# region gather
class DashboardView(APIView):
    def get(self, request: Request, user_id: int) -> Response:
        # No async def in DRF: async_to_sync runs the coroutine on an event loop and
        # waits for it.
        return Response(async_to_sync(fetch_dashboard)(user_id))


# endregion gather
