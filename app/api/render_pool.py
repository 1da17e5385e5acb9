"""The render pool (app/letters/pool.py) as the site uses it: its size and limits from the
configuration, and a full pool answered 503 with Retry-After in both languages."""

from __future__ import annotations

from flask import Flask
from werkzeug.exceptions import ServiceUnavailable

from app.letters.pool import Busy, Settings
from app.letters.registry import POOL
from app.web.errors import render_error


def init_app(app: Flask) -> None:
    config = app.config
    POOL.configure(Settings(workers=int(config.get("RENDER_WORKERS", 2)),
                            waiting=int(config.get("RENDER_WAITING", 0)),
                            cpu_seconds=int(config.get("RENDER_CPU_SECONDS", 10)),
                            timeout=float(config.get("RENDER_TIMEOUT", 45)),
                            retry_after=int(config.get("RENDER_RETRY_AFTER", 5))))

    @app.errorhandler(Busy)
    def pool_full(error: Busy):
        return render_error(ServiceUnavailable(retry_after=error.retry_after))
