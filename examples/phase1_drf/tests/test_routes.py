import pytest
from django.urls import resolve, reverse
from rest_framework.routers import SimpleRouter

from capstone.drf_app.views import ChatMessageViewSet

pytestmark = pytest.mark.urls("capstone.drf_app.urls")


def actions(path: str) -> dict[str, str]:
    # DRF also maps HEAD to the GET action on the first request; leave it out here.
    mapping = resolve(path).func.actions
    return {method: action for method, action in mapping.items() if method != "head"}


# region routes
def test_the_router_names_a_list_and_a_detail_route():
    assert reverse("message-list") == "/api/messages/"
    assert reverse("message-detail", args=[7]) == "/api/messages/7/"


def test_each_route_maps_http_methods_to_viewset_actions():
    assert actions("/api/messages/") == {"get": "list", "post": "create"}
    assert actions("/api/messages/7/") == {
        "get": "retrieve",
        "put": "update",
        "patch": "partial_update",
        "delete": "destroy",
    }


@pytest.mark.django_db
def test_a_method_without_an_action_is_405(client):
    response = client.put("/api/messages/", {}, format="json")
    assert response.status_code == 405
    assert response.json() == {"detail": 'Method "PUT" not allowed.'}


def test_without_a_queryset_attribute_the_router_needs_a_basename():
    with pytest.raises(AssertionError, match="`basename` argument not specified"):
        SimpleRouter().register("api/messages", ChatMessageViewSet)


# endregion routes
