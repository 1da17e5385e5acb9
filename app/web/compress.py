"""Gzip for text responses, so every page stays within the size budget on a slow phone network.

Bodies that may be cached (content pages) are compressed once and remembered by their bytes; answers
to tool pages (`no-store`) are compressed on the fly and never remembered.
"""

from __future__ import annotations

import gzip
from functools import lru_cache

from flask import Flask, request

COMPRESSIBLE = ("text/html", "application/json", "text/plain", "application/xml", "text/xml")
MIN_SIZE = 1024


@lru_cache(maxsize=512)
def gzip_cached(body: bytes) -> bytes:
    return gzip.compress(body, 6, mtime=0)


def init_app(app: Flask) -> None:
    @app.after_request
    def compress(response):
        if (response.direct_passthrough or response.status_code < 200
                or "Content-Encoding" in response.headers
                or response.mimetype not in COMPRESSIBLE
                or "gzip" not in request.headers.get("Accept-Encoding", "")):
            return response
        body = response.get_data()
        if len(body) < MIN_SIZE:
            return response
        cacheable = "no-store" not in response.headers.get("Cache-Control", "")
        response.set_data(gzip_cached(body) if cacheable else gzip.compress(body, 6, mtime=0))
        response.headers["Content-Encoding"] = "gzip"
        response.vary.add("Accept-Encoding")
        return response
