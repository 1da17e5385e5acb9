"""A per-client limit on costly work (document generation), kept in memory only.

Each worker keeps, for each client address, the times of its recent requests in a sliding window;
nothing is written anywhere and the entries expire with the window. Over the limit → 429 with the
bilingual error page (or JSON on /api/). Configure with RATE_LIMIT_DOCUMENTS = (count, seconds);
count 0 switches the limit off.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from functools import wraps

from flask import abort, current_app, request

_lock = threading.Lock()
_hits: dict[tuple[str, str], deque] = {}
MAX_CLIENTS = 10_000


def _allow(bucket: str, client: str, count: int, seconds: float, now: float) -> bool:
    with _lock:
        if len(_hits) > MAX_CLIENTS:
            for key in [k for k, q in _hits.items() if not q or now - q[-1] > seconds]:
                del _hits[key]
        window = _hits.setdefault((bucket, client), deque())
        while window and now - window[0] > seconds:
            window.popleft()
        if len(window) >= count:
            return False
        window.append(now)
        return True


def rate_limited(bucket: str):
    """Limit a view by client address; the limit is read from RATE_LIMIT_<BUCKET>."""

    def decorate(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            count, seconds = current_app.config.get(f"RATE_LIMIT_{bucket.upper()}", (0, 60))
            client = request.remote_addr or "unknown"
            if count and not _allow(bucket, client, count, seconds, time.monotonic()):
                abort(429)
            return view(*args, **kwargs)

        return wrapper

    return decorate


def reset() -> None:
    """Forget every window (tests)."""
    with _lock:
        _hits.clear()
