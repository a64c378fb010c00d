from django.conf import settings
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView


# region status
class StatusView(APIView):
    def get(self, request: Request) -> Response:
        if getattr(settings, "MAINTENANCE_MODE", False):
            body = {"detail": "Down for maintenance."}
            return Response(body, status=503)
        # DRF's options: the REST_FRAMEWORK dict, via api_settings.
        page_size = api_settings.PAGE_SIZE
        return Response({"debug": settings.DEBUG, "page_size": page_size})


# endregion status
