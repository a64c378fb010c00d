from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from phase6_migrate.fastapi_app.shadow import shadow_read
from phase6_migrate.fastapi_app.switches import Switches, endpoint_of


def served_by(side: str, send: Send) -> Send:
    """Label the response with the side that produced it: handy in logs and in tests."""

    async def send_labelled(message: Message) -> None:
        if message["type"] == "http.response.start":
            MutableHeaders(scope=message).append("x-served-by", side)
        await send(message)

    return send_labelled


# region strangler
class Strangler:
    """Sends each request to FastAPI or to Django, following the switch of its endpoint."""

    def __init__(self, app: ASGIApp, django: ASGIApp, switches: Switches) -> None:
        self.fastapi = app  # the FastAPI application this middleware wraps
        self.django = django
        self.switches = switches

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan: FastAPI opens and closes its engine
            await self.fastapi(scope, receive, send)
            return
        endpoint = endpoint_of(scope)
        match self.switches.mode(endpoint):
            case "fastapi":
                await self.fastapi(scope, receive, served_by("fastapi", send))
            case "shadow":
                reply = served_by("django", send)
                await shadow_read(
                    endpoint, scope, reply, primary=self.django, candidate=self.fastapi
                )
            case "django":  # not migrated, or not part of the contract at all
                await self.django(scope, receive, served_by("django", send))


# endregion strangler
