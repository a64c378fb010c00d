import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission, User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from admin_site.django_app.admin import support_site
from admin_site.django_app.models import Ticket

pytestmark = [pytest.mark.django_db, pytest.mark.urls("admin_site.django_app.urls")]

CHANGELIST = "/support/admin_site/ticket/"


# region staff
def staff_with(*codenames: str) -> User:
    user = User.objects.create_user("agent", is_staff=True)
    permissions = Permission.objects.filter(
        content_type__app_label="admin_site", codename__in=codenames
    )
    user.user_permissions.set(permissions)
    return user


@pytest.fixture
def tickets() -> list[Ticket]:
    return [
        Ticket.objects.create(
            subject="Refund for order 1001", customer_email="ada@example.com"
        ),
        Ticket.objects.create(
            subject="Parcel never arrived", customer_email="grace@example.com"
        ),
        Ticket.objects.create(
            subject="Refund received, thanks",
            customer_email="alan@example.com",
            status=Ticket.Status.CLOSED,
        ),
    ]


@pytest.fixture
def agent_client() -> Client:
    client = Client()
    client.force_login(staff_with("view_ticket", "change_ticket"))
    return client


# endregion staff


def subjects(response) -> set[str]:
    return {ticket.subject for ticket in response.context["cl"].result_list}


def test_migrations_match_the_models():
    call_command("makemigrations", "admin_site", "--check", "--dry-run", verbosity=0)


# region changelist
def test_changelist_lists_every_ticket(agent_client, tickets):
    response = agent_client.get(CHANGELIST)
    assert response.status_code == 200
    assert subjects(response) == {ticket.subject for ticket in tickets}
    assert "Parcel never arrived" in response.content.decode()


def test_search_filters_rows_with_q(agent_client, tickets):
    assert subjects(agent_client.get(CHANGELIST, {"q": "refund"})) == {
        "Refund for order 1001",
        "Refund received, thanks",
    }
    assert subjects(agent_client.get(CHANGELIST, {"q": "grace@"})) == {
        "Parcel never arrived"
    }


def test_list_filter_narrows_by_status(agent_client, tickets):
    response = agent_client.get(CHANGELIST, {"status__exact": "closed"})
    assert subjects(response) == {"Refund received, thanks"}


# endregion changelist


# region action
def test_action_closes_the_selected_open_tickets(agent_client, tickets):
    selected = [tickets[0].pk, tickets[2].pk]  # one open, one already closed
    response = agent_client.post(
        CHANGELIST,
        {"action": "close_tickets", "_selected_action": selected},
        follow=True,
    )
    assert response.status_code == 200
    assert "1 ticket(s) closed." in [
        str(message) for message in response.context["messages"]
    ]
    tickets[0].refresh_from_db()
    assert (
        tickets[0].status == Ticket.Status.CLOSED and tickets[0].closed_at is not None
    )
    # not selected
    assert Ticket.objects.get(pk=tickets[1].pk).status == Ticket.Status.OPEN


def test_users_who_are_not_staff_are_sent_to_the_login_page(tickets):
    client = Client()
    # logged in, but is_staff=False
    client.force_login(User.objects.create_user("customer"))
    response = client.get(CHANGELIST)
    assert response.status_code == 302
    assert response["Location"] == f"/support/login/?next={CHANGELIST}"


# endregion action


# region permissions
def test_staff_without_a_model_permission_gets_a_403(tickets):
    client = Client()
    client.force_login(staff_with())  # is_staff, but no permission on Ticket
    assert client.get(CHANGELIST).status_code == 403


def test_view_only_staff_see_rows_but_no_actions(tickets):
    client = Client()
    client.force_login(staff_with("view_ticket"))
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    assert response.context["action_form"] is None  # close_tickets needs "change"


def test_nobody_may_delete_a_ticket_not_even_a_superuser(tickets):
    client = Client()
    client.force_login(User.objects.create_superuser("root"))
    response = client.get(CHANGELIST)
    actions = [
        name for name, _ in response.context["action_form"].fields["action"].choices
    ]
    assert "close_tickets" in actions and "delete_selected" not in actions
    assert client.get(f"{CHANGELIST}{tickets[0].pk}/delete/").status_code == 403


# endregion permissions


def test_readonly_fields_are_shown_but_not_editable(agent_client, tickets):
    response = agent_client.get(f"{CHANGELIST}{tickets[0].pk}/change/")
    assert response.status_code == 200
    form_fields = set(response.context["adminform"].form.fields)
    assert {"subject", "status", "priority"} <= form_fields
    assert not {"created_at", "closed_at"} & form_fields
    assert str(tickets[0]) == "Refund for order 1001"


def test_bulk_action_with_update_leaves_no_admin_history(agent_client, tickets):
    agent_client.post(
        CHANGELIST, {"action": "close_tickets", "_selected_action": [tickets[0].pk]}
    )
    assert Ticket.objects.get(pk=tickets[0].pk).status == Ticket.Status.CLOSED
    assert not LogEntry.objects.exists()  # update() skips save(), signals and LogEntry


def test_editing_through_the_change_form_is_logged(agent_client, tickets):
    ticket = tickets[1]
    data = {
        "subject": ticket.subject,
        "customer_email": ticket.customer_email,
        "status": "closed",
        "priority": 3,
    }
    response = agent_client.post(f"{CHANGELIST}{ticket.pk}/change/", data)
    assert response.status_code == 302
    entry = LogEntry.objects.get()
    assert entry.object_id == str(ticket.pk) and entry.is_change()


def test_custom_site_has_its_own_name_and_header():
    assert support_site.name == "support_admin"
    assert reverse("support_admin:admin_site_ticket_changelist") == CHANGELIST
    client = Client()
    client.force_login(User.objects.create_superuser("root"))
    response = client.get("/support/")
    assert response.status_code == 200
    assert "Support back office" in response.content.decode()
