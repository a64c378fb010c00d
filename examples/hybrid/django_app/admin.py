from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from hybrid.django_app.models import Article

# region admin
# The editors' back office; its own site, so the project's default admin is left alone.
content_admin = admin.AdminSite(name="content_admin")


@admin.register(Article, site=content_admin)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "published_at"]
    list_filter = ["status"]
    prepopulated_fields = {"slug": ["title"]}
    actions = ["publish_now"]

    @admin.action(description="Publish selected drafts now", permissions=["change"])
    def publish_now(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        published = queryset.filter(status=Article.Status.DRAFT).update(
            status=Article.Status.PUBLISHED, published_at=timezone.now()
        )
        self.message_user(
            request, f"{published} article(s) published.", messages.SUCCESS
        )


# endregion admin
