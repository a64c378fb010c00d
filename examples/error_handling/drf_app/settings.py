"""The DRF part of this topic's settings.py; the tests apply it with the `settings` fixture."""

# region settings
REST_FRAMEWORK = {
    # One handler for every DRF view in the project.
    "EXCEPTION_HANDLER": "error_handling.drf_app.exceptions.problem_exception_handler",
}
# endregion settings
