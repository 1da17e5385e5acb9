"""Headers that protect every response, and the promise that nothing is kept.

Strict CSP (no inline code, no third-party origin), no referrer, no framing. Tool pages — where
people type their situation — are marked `no_store` so no cache keeps them.
"""

from __future__ import annotations

from functools import wraps

from flask import Flask, request

CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "manifest-src 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": (
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), "
        "browsing-topics=()"
    ),
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}

NO_STORE = "no-store, max-age=0"


def no_store(view):
    """Mark a view whose response must never be cached (pages where people type their situation)."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        request.environ["recours.no_store"] = True
        return view(*args, **kwargs)

    wrapper.no_store = True
    return wrapper


def init_app(app: Flask) -> None:
    @app.after_request
    def secure_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.environ.get("recours.no_store") or request.method == "POST":
            response.headers["Cache-Control"] = NO_STORE
        elif "Cache-Control" not in response.headers:
            response.headers["Cache-Control"] = "no-cache"
        # The site promises no cookies: nothing may set one, even by accident.
        response.headers.pop("Set-Cookie", None)
        response.headers.pop("Server", None)
        return response
