"""A stand-in for an email client, so that the example runs without an SMTP server."""

outbox: list[tuple[str, str]] = []


def send_welcome_email(address: str, display_name: str) -> None:
    # A plain def: BackgroundTasks runs it in a worker thread, where a blocking SMTP
    # call is fine.
    outbox.append((address, f"Hello {display_name}!"))
