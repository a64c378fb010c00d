from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView


# region permission
class StaffCanDelete(BasePermission):
    """Reading and writing are for any signed-in user; deleting is for staff."""

    message = "Only staff members can delete messages."  # the 403 body's "detail"

    def has_permission(self, request: Request, view: APIView) -> bool:
        return request.method != "DELETE" or request.user.is_staff


# endregion permission
