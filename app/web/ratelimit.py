"""A per-client limit on costly work (document generation), with Flask-Limiter.

The key is the client's address — for IPv6 its /64 network, since one household or phone holds a
whole /64 and would otherwise get billions of buckets. Fixed windows: a client's count is created by
its first request and erased when the window ends, so an address is held for one window at most
after any request. Storage comes from RATELIMIT_STORAGE_URI: memory of each process by default
(`expiring-memory://`, app/web/ratelimit_storage.py), or a shared Memcached or Redis for several
processes or hosts (docs/deploying.md). Over the limit → 429 with the bilingual error page (or JSON
on /api/) and Retry-After. Flask-Limiter's own log line names the key: it is rewritten so that no
address ever reaches a log.

RATE_LIMIT_<BUCKET> = (count, seconds) sets a limit; count 0 switches it off.
"""

from __future__ import annotations

import ipaddress
import logging

from flask import Flask, current_app, request
from flask_limiter import Limiter

from app.web import ratelimit_storage  # noqa: F401  (registers expiring-memory://)

CLIENT = "<client>"


def client_key() -> str:
    """The address a limit counts: IPv4 as is, IPv6 by its /64 network."""
    address = request.remote_addr or ""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address or "unknown"
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network((ip, 64), strict=False))
    return str(ip)


limiter = Limiter(key_func=client_key, strategy="fixed-window", headers_enabled=True,
                  swallow_errors=True)


def _setting(bucket: str) -> tuple[int, int]:
    count, seconds = current_app.config.get(f"RATE_LIMIT_{bucket.upper()}", (0, 60))
    return int(count), int(seconds)


_route_limits: dict = {}


def rate_limited(bucket: str):
    """Limit a view by client; every view of one bucket shares the count (and the limit object,
    so a view decorated again, as tests do, is still counted once)."""
    if bucket not in _route_limits:

        def limit() -> str:
            count, seconds = _setting(bucket)
            return f"{count} per {seconds} seconds"

        _route_limits[bucket] = limiter.shared_limit(
            limit, scope=bucket, exempt_when=lambda: _setting(bucket)[0] <= 0)
    return _route_limits[bucket]


class _NoClientInLogs(logging.Filter):
    """Flask-Limiter logs 'ratelimit %s (%s) exceeded at endpoint: %s' with the key as the second
    argument: keep the line, drop the address."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and str(record.msg).startswith("ratelimit "):
            record.args = tuple(CLIENT if i == 1 else a for i, a in enumerate(record.args))
        return True


def held() -> list[str]:
    """The keys the current app's storage holds now (tests, and a look while debugging)."""
    storage = limiter.storage
    return storage.held() if hasattr(storage, "held") else []


def reset() -> None:
    """Forget every window (tests)."""
    limiter.reset()


def init_app(app: Flask) -> None:
    app.config.setdefault("RATELIMIT_STORAGE_URI", "expiring-memory://")
    logger = logging.getLogger("flask-limiter")
    if not any(isinstance(f, _NoClientInLogs) for f in logger.filters):
        logger.addFilter(_NoClientInLogs())
    limiter.init_app(app)
