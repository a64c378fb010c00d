import httpx2

# region webhooks
# One client per process, so connections to the webhook receiver are reused.
client = httpx2.Client(base_url="https://hooks.example.com", timeout=5)


def task_created(task_id: int) -> None:
    client.post("/tasks", json={"event": "task.created", "id": task_id})


# endregion webhooks
