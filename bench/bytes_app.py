"""A bare WSGI app that answers every request with one file's bytes (RECOURS_BENCH_FILE).

bench/pages.py runs it under the same gunicorn settings as the app, to split the gap with nginx
into what gunicorn itself costs and what Flask and the app's own work cost."""

from __future__ import annotations

import os
from pathlib import Path

BODY = Path(os.environ["RECOURS_BENCH_FILE"]).read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def app(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
