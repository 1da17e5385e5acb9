"""/.well-known/security.txt (RFC 9116): where to report a security problem, in both languages."""

from __future__ import annotations

import datetime as dt

from flask import Flask, Response, current_app


def security_txt(today: dt.date) -> str:
    site = current_app.config["SITE_URL"].rstrip("/")
    contact = current_app.config.get("SECURITY_CONTACT") or f"{site}/en/about#report-an-error"
    expires = dt.datetime.combine(today + dt.timedelta(days=365), dt.time(), dt.UTC)
    return "\n".join([
        f"Contact: {contact}",
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: fr, en",
        f"Canonical: {site}/.well-known/security.txt",
        f"Policy: {site}/en/privacy",
        "",
    ])


def init_app(app: Flask) -> None:
    @app.get("/.well-known/security.txt")
    def security():
        response = Response(security_txt(dt.date.today()), mimetype="text/plain")
        response.headers["Cache-Control"] = "public, max-age=86400"
        return response
