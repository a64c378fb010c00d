"""Both services configure logging with the same dictionary; uvicorn applies FastAPI's."""

import io
import logging
import logging.config

import pytest
import uvicorn

from deployment.django_project import production
from deployment.fastapi_app.logging_config import LOGGING

NAMES = ["", "uvicorn", "uvicorn.error", "uvicorn.access", "django.request", "shop"]


@pytest.fixture(autouse=True)
def restore_logging():
    """dictConfig changes process-wide state: start each test as a fresh process, then restore."""
    saved = {
        name: (logger.level, logger.handlers[:], logger.propagate, logger.disabled)
        for name in NAMES
        for logger in [logging.getLogger(name)]
    }
    for name in NAMES[1:]:  # as a fresh process has them, whatever earlier tests set up
        logger = logging.getLogger(name)
        logger.setLevel(logging.NOTSET)
        logger.handlers.clear()
        logger.propagate, logger.disabled = True, False
    yield
    for name, (level, handlers, propagate, disabled) in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.handlers[:] = handlers
        logger.propagate = propagate
        logger.disabled = disabled


def console_output() -> io.StringIO:
    (handler,) = logging.getLogger().handlers
    stream = io.StringIO()
    handler.setStream(stream)
    return stream


def test_uvicorn_applies_the_dictionary_before_it_imports_the_app():
    config = uvicorn.Config("deployment.fastapi_app.main:app", log_config=LOGGING)
    assert not config.loaded  # the app module is imported later, by config.load()
    assert logging.getLogger("uvicorn.access").level == logging.WARNING
    output = console_output()
    logging.getLogger("shop.orders").info("order 7 paid")
    logging.getLogger("uvicorn.access").info('"GET /healthz HTTP/1.1" 200')
    logging.getLogger("uvicorn.error").info("Application startup complete.")
    lines = output.getvalue().splitlines()
    assert [line.split(" ", 2)[2] for line in lines] == [
        "INFO shop.orders order 7 paid",
        "INFO uvicorn.error Application startup complete.",
    ]


def test_log_level_overrides_the_dictionary_for_uvicorns_loggers():
    uvicorn.Config(
        "deployment.fastapi_app.main:app", log_config=LOGGING, log_level="info"
    )
    assert logging.getLogger("uvicorn.access").level == logging.INFO


def test_without_log_config_uvicorn_keeps_the_loggers_as_they_are():
    before = logging.getLogger("uvicorn.access").level
    uvicorn.Config("deployment.fastapi_app.main:app", log_config=None)
    assert logging.getLogger("uvicorn.access").level == before


def test_djangos_logging_setting_is_the_same_format():
    logging.config.dictConfig(production.LOGGING)
    output = console_output()
    logging.getLogger("django.request").warning("Not Found: /missing/")
    logging.getLogger("django.request").error("Internal Server Error: /orders/")
    assert output.getvalue().count("django.request") == 1
    assert "ERROR django.request Internal Server Error: /orders/" in output.getvalue()
