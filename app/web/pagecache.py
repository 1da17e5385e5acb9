"""An in-process cache of whole responses for content pages, answered before Flask runs.

Content pages are the same for every visitor (no cookie, no personal data), so the first response
for a path — headers and body, plain or gzip — is kept and replayed byte for byte. Views opt in by
calling `mark_cacheable()`; tool pages, POST answers and errors never do, so nothing a user typed
can enter it.
"""

from __future__ import annotations

from flask import Flask, request

FLAG = "recours.cacheable"
MAX_ENTRIES = 1000


def mark_cacheable() -> None:
    """Called by a view whose response is the same for everyone."""
    request.environ[FLAG] = True


class PageCache:
    """WSGI middleware: replay cached responses; store the ones marked cacheable."""

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app
        self.entries: dict[tuple[str, bool], tuple[str, list, bytes]] = {}

    def __call__(self, environ, start_response):
        if (environ.get("REQUEST_METHOD") != "GET" or environ.get("QUERY_STRING")
                or environ.get("HTTP_X_RECOURS_EDGE_LIMIT")):  # the edge's 429: app/web/hygiene.py
            return self.wsgi_app(environ, start_response)
        key = (environ.get("PATH_INFO", ""), "gzip" in environ.get("HTTP_ACCEPT_ENCODING", ""))
        hit = self.entries.get(key)
        if hit is not None:
            status, headers, body = hit
            start_response(status, headers)
            return [body]
        captured = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.wsgi_app(environ, capture)
        if not environ.get(FLAG) or not captured.get("status", "").startswith("200"):
            return chunks
        try:
            body = b"".join(chunks)
        finally:
            if hasattr(chunks, "close"):
                chunks.close()
        if len(self.entries) < MAX_ENTRIES:
            self.entries[key] = (captured["status"], list(captured["headers"]), body)
        return [body]


def init_app(app: Flask) -> None:
    app.wsgi_app = PageCache(app.wsgi_app)
