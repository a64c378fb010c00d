"""Only if you want gunicorn as the process manager; `fastapi run --workers N` does without it."""

import os

# region workers
# Each worker runs one event loop that serves many requests at once, so more processes
# than cores buys nothing: start with one per core and measure.
cores = os.cpu_count() or 1
workers = int(os.environ.get("WEB_CONCURRENCY", cores))
worker_class = "uvicorn_worker.UvicornWorker"  # pip install uvicorn-worker
wsgi_app = "app.main:app"  # gunicorn's name for the import path, even for an ASGI app

bind = os.environ.get("BIND", "0.0.0.0:8000")
# no heartbeat for this long (a blocked event loop) and the worker is replaced
timeout = 30
graceful_timeout = 30  # time to finish in-flight requests after SIGTERM
# Passed on to uvicorn; the default is gunicorn's and uvicorn's own: loopback.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = "-"
# endregion workers
