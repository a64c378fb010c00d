"""Older admin spellings from tutorials, and a common belief about managed = False.

Each test fails if the corresponding row of the page's "What changed" table stops being true.
"""

import django
import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client, RequestFactory
from django.urls import path

from admin_site.django_app.admin import OrderAdmin, TicketAdmin, support_site
from admin_site.django_app.models import Ticket

pytestmark = [pytest.mark.django_db, pytest.mark.urls("admin_site.django_app.urls")]


class HiddenDeleteTicketAdmin(admin.ModelAdmin):
    """The tutorial way: hide the bulk action and nothing else."""

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions


legacy_site = admin.AdminSite(name="legacy_admin")
legacy_site.register(Ticket, HiddenDeleteTicketAdmin)
# used by the test that marks urls(__name__)
urlpatterns = [path("legacy/", legacy_site.urls)]


def test_decorators_set_the_attributes_tutorials_assign_by_hand():
    assert TicketAdmin.close_tickets.short_description == "Close selected tickets"
    assert TicketAdmin.close_tickets.allowed_permissions == ["change"]
    assert OrderAdmin.total.short_description == "Total"
    assert OrderAdmin.total.admin_order_field == "total_cents"


def test_hand_assigned_attributes_still_work():
    def reopen(modeladmin, request, queryset):
        queryset.update(status=Ticket.Status.OPEN)

    reopen.short_description = "Reopen"  # the pre-3.2 spelling
    request = RequestFactory().get("/")
    request.user = User.objects.create_superuser("root")
    legacy = type("LegacyTicketAdmin", (admin.ModelAdmin,), {"actions": [reopen]})(
        Ticket, support_site
    )
    action = legacy.get_actions(request)["reopen"]
    if django.VERSION >= (6, 1):
        from django.utils.deprecation import RemovedInDjango2028Warning

        # get_actions() returns Action objects; indexing them like tuples is deprecated.
        assert action.description == "Reopen"
        with pytest.warns(RemovedInDjango2028Warning, match="indexes on an action"):
            assert action[2] == "Reopen"
    else:
        assert action[2] == "Reopen"  # (function, name, description)


def test_has_delete_permission_removes_the_bulk_action_and_closes_the_delete_view():
    ticket = Ticket.objects.create(subject="Help", customer_email="ada@example.com")
    client = Client()
    client.force_login(User.objects.create_superuser("root"))
    request = RequestFactory().get("/")
    request.user = User.objects.get(username="root")
    assert "delete_selected" not in support_site.get_model_admin(Ticket).get_actions(
        request
    )
    assert (
        client.get(f"/support/admin_site/ticket/{ticket.pk}/delete/").status_code == 403
    )


@pytest.mark.urls(__name__)
def test_hiding_the_action_leaves_the_delete_page_open():
    ticket = Ticket.objects.create(subject="Help", customer_email="ada@example.com")
    client = Client()
    client.force_login(User.objects.create_superuser("root"))
    assert (
        client.get(f"/legacy/admin_site/ticket/{ticket.pk}/delete/").status_code == 200
    )
    response = client.post(
        f"/legacy/admin_site/ticket/{ticket.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302 and not Ticket.objects.exists()
