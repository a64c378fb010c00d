"""The REST_FRAMEWORK setting for a production settings module."""

REST_FRAMEWORK = {
    # JSON only: browsers get JSON too, and the browsable API's HTML forms are gone.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
