"""Behind a reverse proxy, take the client's address from X-Forwarded-For — and only then.

The per-client limit on document generation keys on `request.remote_addr`. Behind nginx or a load
balancer that address is the proxy's, so every visitor would share one bucket; trusting the header
without a proxy would let anyone pick their own bucket. TRUSTED_PROXIES says how many proxies stand
in front of the app (0 by default: the header is ignored). Addresses stay in memory only.
"""

from __future__ import annotations

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix


def init_app(app: Flask) -> None:
    hops = int(app.config.get("TRUSTED_PROXIES", 0) or 0)
    if hops < 0:
        raise ValueError("TRUSTED_PROXIES must be 0 or more")
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=0)
