"""Logging for the FastAPI service: the dictConfig format Django's LOGGING uses."""

import uvicorn

# region logging
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,  # keep loggers that libraries created on import
    "formatters": {
        "line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "line"},
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "uvicorn.error": {"level": "INFO"},  # start-up, shutdown and errors
        # one line per request: the proxy logs them already
        "uvicorn.access": {"level": "WARNING"},
    },
}


def serve() -> None:
    # uvicorn applies log_config before it imports the app, and log_level after it
    uvicorn.run("deployment.fastapi_app.main:app", log_config=LOGGING)


# endregion logging
