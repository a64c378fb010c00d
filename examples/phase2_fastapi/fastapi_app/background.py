from fastapi import BackgroundTasks, FastAPI, status

app = FastAPI()
forwarded: list[str] = []  # stands in for an email or a webhook


# region background
def forward_feedback(text: str) -> None:
    """Runs after the response has gone out, in this process; if it raises, nobody retries it."""
    if not text.strip():
        raise ValueError("nothing to forward")
    forwarded.append(text)


@app.post("/feedback/", status_code=status.HTTP_202_ACCEPTED)
async def send_feedback(text: str, tasks: BackgroundTasks) -> dict[str, str]:
    tasks.add_task(forward_feedback, text)
    return {"status": "accepted"}


# endregion background
