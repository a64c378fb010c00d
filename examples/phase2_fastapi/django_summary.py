from typing import Any

from django.db.models import Count, Max, Min

from capstone.django_app.models import ChatMessage


# region summary
def session_summary(session_id: str) -> dict[str, Any]:
    rows = (
        ChatMessage.objects.filter(session_id=session_id)
        .values("role")  # values() before annotate() is Django's GROUP BY
        .annotate(
            count=Count("id"), first_at=Min("created_at"), last_at=Max("created_at")
        )
        .order_by("role")
    )
    return {
        "session_id": session_id,
        "total": sum(row["count"] for row in rows),
        "by_role": {row["role"]: row["count"] for row in rows},
        "first_at": min((row["first_at"] for row in rows), default=None),
        "last_at": max((row["last_at"] for row in rows), default=None),
    }


# endregion summary
