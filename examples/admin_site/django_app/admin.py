from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from admin_site.django_app.models import Order, Ticket


# region site
class SupportAdminSite(admin.AdminSite):
    site_header = "Support back office"
    site_title = "Support"
    index_title = "Tickets and orders"


# Its own instance, URLs and namespace; django.contrib.admin.site is left alone.
support_site = SupportAdminSite(name="support_admin")
# endregion site


# region ticket
@admin.register(Ticket, site=support_site)
class TicketAdmin(admin.ModelAdmin):
    list_display = ["subject", "customer_email", "status", "priority", "created_at"]
    list_filter = ["status", "priority"]
    # ?q= matches either, case-insensitively
    search_fields = ["subject", "customer_email"]
    readonly_fields = ["created_at", "closed_at"]
    actions = ["close_tickets"]

    @admin.action(description="Close selected tickets", permissions=["change"])
    def close_tickets(self, request: HttpRequest, queryset: QuerySet[Ticket]) -> None:
        closed = queryset.filter(status=Ticket.Status.OPEN).update(
            status=Ticket.Status.CLOSED, closed_at=timezone.now()
        )
        self.message_user(request, f"{closed} ticket(s) closed.", messages.SUCCESS)

    def has_delete_permission(
        self, request: HttpRequest, obj: Ticket | None = None
    ) -> bool:
        return False  # tickets are closed, never deleted: not even a superuser may


# endregion ticket


# region order
@admin.register(Order, site=support_site)
class OrderAdmin(admin.ModelAdmin):
    list_display = ["number", "customer_email", "total", "status", "created_at"]
    list_filter = ["status"]
    # "=": exact match on the order number
    search_fields = ["=number", "customer_email"]

    @admin.display(description="Total", ordering="total_cents")
    def total(self, order: Order) -> str:
        return f"{order.total_cents / 100:.2f} EUR"

    # The FastAPI service writes these rows; the admin only looks.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(
        self, request: HttpRequest, obj: Order | None = None
    ) -> bool:
        return False

    def has_delete_permission(
        self, request: HttpRequest, obj: Order | None = None
    ) -> bool:
        return False


# endregion order
