"""/.well-known/security.txt (RFC 9116): where to report a security problem, in both languages.

A public site must name a real contact: when SITE_URL is not on loopback (the site is told its
public address, as in production), start-up stops unless SECURITY_CONTACT is an https:// address
on a real host. `make run` and the tests, on loopback, fall back to the About page.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from urllib.parse import urlsplit

from flask import Flask, Response, current_app

# Names that never reach a real operator (RFC 2606, RFC 6761).
RESERVED = ("example", "example.com", "example.net", "example.org", "invalid", "test",
            "localhost", "local")
NO_CONTACT = (
    "RECOURS_SECURITY_CONTACT must be an https:// address where security problems can be "
    "reported, for /.well-known/security.txt (RFC 9116), e.g. "
    "RECOURS_SECURITY_CONTACT=https://your-site.fr/en/about#report-an-error — a site published at "
    "{site} does not start without one (got {got!r}). On loopback, for development, it is not "
    "needed."
)


def on_loopback(host: str | None) -> bool:
    if not host or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def real_https(contact: str) -> bool:
    """An https:// address on a host that can exist publicly."""
    parts = urlsplit(contact.strip())
    host = (parts.hostname or "").rstrip(".").lower()
    if parts.scheme != "https" or not host or on_loopback(host) or "." not in host:
        return False
    return not any(host == name or host.endswith("." + name) for name in RESERVED)


def check_contact(app: Flask) -> None:
    """Refuse to start a public site without a real security contact."""
    site = app.config.get("SITE_URL") or ""
    if app.testing or on_loopback(urlsplit(site).hostname):
        return
    contact = app.config.get("SECURITY_CONTACT") or ""
    if not real_https(contact):
        raise RuntimeError(NO_CONTACT.format(site=site, got=contact))


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
    check_contact(app)

    @app.get("/.well-known/security.txt")
    def security():
        response = Response(security_txt(dt.date.today()), mimetype="text/plain")
        response.headers["Cache-Control"] = "public, max-age=86400"
        return response
