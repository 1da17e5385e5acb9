"""Requests refused before any view runs: what would forge a log line, what another site sends.

- A path holding control characters (an encoded line feed, an ANSI escape, a line separator or a
  direction control) → 400. Servers log the decoded path: `/fr/%0AGET%20/admin` would otherwise
  write a fake line into the access log (the servers' formatters also escape such characters:
  app/web/logsafe.py).
- A POST whose Sec-Fetch-Site says `cross-site`, or whose Origin names another site → 403.
  Without it, a page elsewhere could post its own text to the print view and show it under this
  site's name. Scripts and API clients send neither header and are not affected. `Origin: null`
  alone proves nothing: with `Referrer-Policy: no-referrer` the site's own forms send it too, so
  browsers too old to send Sec-Fetch-Site are only stopped when they name the other site.
- A request marked by the edge as over its limit (X-Recours-Edge-Limit, set by nginx's
  `@too_many` location only) → the bilingual 429, without doing the work.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, request

# C0 and C1 controls and DEL, line and paragraph separators, and the direction marks, embeddings,
# overrides and isolates that reorder how a line is displayed.
FORGING = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069]")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
EDGE_LIMIT_HEADER = "X-Recours-Edge-Limit"


def forges_a_log_line(path: str) -> bool:
    return FORGING.search(path) is not None


def own_hosts() -> set[str]:
    hosts = {request.host.lower()}
    site = urlsplit(current_app.config.get("SITE_URL") or "")
    if site.netloc:
        hosts.add(site.netloc.lower())
    return hosts


def from_another_site() -> bool:
    """True when the browser says this request was sent by a page of another site."""
    if request.method not in UNSAFE_METHODS:
        return False
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        return True
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    origin = origin.strip().lower()
    return origin != "null" and urlsplit(origin).netloc not in own_hosts()


def init_app(app: Flask) -> None:
    @app.before_request
    def refuse_before_anything_else():
        if forges_a_log_line(request.path):
            abort(400)
        if request.headers.get(EDGE_LIMIT_HEADER) == "1":
            abort(429)
        if from_another_site():
            abort(403)
