from typing import Literal

from fastapi.routing import APIRoute
from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from starlette.routing import Match
from starlette.types import Scope

from capstone.fastapi_app.messages import router as messages_router

# region endpoints
# The contract's endpoints, named after their FastAPI functions: list_messages,
# read_message, ...
ENDPOINTS = {
    route.name: route for route in messages_router.routes if isinstance(route, APIRoute)
}
Mode = Literal["django", "shadow", "fastapi"]


def endpoint_of(scope: Scope) -> str | None:
    """The contract endpoint a request is for, whichever side ends up serving it."""
    for name, route in ENDPOINTS.items():
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return name
    return None


# endregion endpoints


# region switches
class Switches(BaseSettings):
    """Who serves each endpoint: FRONT_ENDPOINTS='{"read_message": "fastapi"}'. Unlisted: Django."""

    model_config = SettingsConfigDict(env_prefix="FRONT_")

    endpoints: dict[str, Mode] = {}

    @field_validator("endpoints")
    @classmethod
    def check_endpoints(cls, endpoints: dict[str, Mode]) -> dict[str, Mode]:
        for name, mode in endpoints.items():
            if name not in ENDPOINTS:
                # a typo must not silently mean "Django"
                raise ValueError(f"unknown endpoint {name!r}")
            if mode == "shadow" and ENDPOINTS[name].methods != {"GET"}:
                raise ValueError(
                    f"{name} changes data: shadowing it would run every write twice"
                )
        return endpoints

    def mode(self, endpoint: str | None) -> Mode:
        return self.endpoints.get(endpoint, "django") if endpoint else "django"


# endregion switches
