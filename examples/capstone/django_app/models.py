from django.db import models


# region model
class ChatMessage(models.Model):
    class Role(models.TextChoices):
        USER = "user"
        ASSISTANT = "assistant"
        SYSTEM = "system"

    session_id = models.CharField(max_length=64, db_index=True)  # one conversation
    role = models.CharField(max_length=20, choices=Role)
    content = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        # a fixed name, so FastAPI can map the same table (phase 4)
        db_table = "chat_messages"
        ordering = ["created_at", "id"]


# endregion model
