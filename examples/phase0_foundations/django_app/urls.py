from django.urls import path

from phase0_foundations.django_app import async_views, views
from phase0_foundations.exercise import solution, starter

# region urls
urlpatterns = [
    path("stages/", views.show_stages, name="stages"),
    path("request-id/", views.show_request_id, name="request-id"),
    path("feed/slow/", views.message_feed_slow, name="feed-slow"),
    path("feed/", views.message_feed, name="feed"),
    path("conversations/", views.conversation_list, name="conversation-list"),
    path(
        "conversations/new/",
        async_views.create_conversation,
        name="conversation-create",
    ),
    path(
        "conversations/<int:pk>/",
        async_views.conversation_detail,
        name="conversation-detail",
    ),
    path(
        "conversations/<int:pk>/messages/",
        async_views.add_message,
        name="message-create",
    ),
    path("digest/starter/", starter.conversation_digest, name="digest-starter"),
    path("digest/", solution.conversation_digest, name="digest"),
]
# endregion urls
