"""Gunicorn settings for Recours: `gunicorn -c deploy/gunicorn.conf.py "app:create_served_app()"`.

App processes are stateless (nothing is stored), so any number of them may run behind any load
balancer. The access log names the method, the path without its query string, the status, the size
and the duration: never a query string, a body, a referrer, a user agent or an IP address.
Every value can be overridden with an environment variable RECOURS_<NAME> (e.g. RECOURS_WORKERS).
"""

import multiprocessing
import os

from gunicorn.glogging import Logger

from app.web.logsafe import escape_controls


def env(name: str, default):
    value = os.environ.get(f"RECOURS_{name}")
    return type(default)(value) if value is not None else default


bind = env("BIND", "127.0.0.1:8000")
# Workers from the CPU count (the usual 2n+1); each holds the pages and the index in memory.
workers = env("WORKERS", multiprocessing.cpu_count() * 2 + 1)
# Threads let a worker keep connections alive and overlap slow clients; the app is thread-safe.
worker_class = env("WORKER_CLASS", "gthread")
threads = env("THREADS", 4)
# Pages, law data and search index are built once in the master (create_served_app renders every
# page and builds the index before workers fork), shared copy-on-write by the workers.
preload_app = True

timeout = env("TIMEOUT", 30)  # a PDF of a long complaint takes well under a second
graceful_timeout = 20
keepalive = 5
# Tools answer POST bodies (checked by the app: 256 KB at most); URLs and headers stay small.
limit_request_line = 2048
limit_request_fields = 60
limit_request_field_size = 8190
# Recycle workers now and then, with jitter so they never restart together.
max_requests = env("MAX_REQUESTS", 20000)
max_requests_jitter = 2000
# Trust X-Forwarded-* only from the local proxy (nginx on the same host or in the same pod).
forwarded_allow_ips = env("FORWARDED_ALLOW_IPS", "127.0.0.1")

accesslog = env("ACCESS_LOG", "-") or None  # RECOURS_ACCESS_LOG="" turns it off
access_log_format = '"%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"


class EscapingLogger(Logger):
    """gunicorn logs the decoded path: a control character in it is written as an escape, so no
    request can forge a line of the access log (app/web/logsafe.py)."""

    def atoms(self, resp, req, environ, request_time):
        return {name: escape_controls(value) if isinstance(value, str) else value
                for name, value in super().atoms(resp, req, environ, request_time).items()}


logger_class = EscapingLogger
loglevel = env("LOG_LEVEL", "warning")
proc_name = "recours"
