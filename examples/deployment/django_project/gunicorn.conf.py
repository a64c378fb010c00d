"""gunicorn reads this file by default from the working directory, or with -c PATH."""

import os

# region workers
# A sync worker serves one request at a time, so run more processes than cores: while
# some wait on the database, others use the CPU. gunicorn's suggested starting point: (2
# x cores)
# + 1.
cores = os.cpu_count() or 1
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * cores + 1))
worker_class = "sync"
# a WSGI callable; asgi.py needs an ASGI server instead
wsgi_app = "mysite.wsgi:application"

bind = os.environ.get("BIND", "0.0.0.0:8000")
timeout = 30  # a worker stuck on one request for longer is killed and replaced
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = "-"  # stdout, where the container runtime collects logs
# endregion workers
