"""A stand-in for an email client, so that the examples run without an SMTP server."""

from email.message import EmailMessage

outbox: list[EmailMessage] = []


def welcome_message(recipient: str) -> EmailMessage:
    message = EmailMessage()
    message["To"] = recipient
    message["Subject"] = "Welcome!"
    message.set_content("Thanks for signing up.")
    return message


def deliver(message: EmailMessage) -> None:
    # A real project calls smtplib.SMTP(host).send_message(message) or a provider's HTTP
    # API.
    outbox.append(message)
