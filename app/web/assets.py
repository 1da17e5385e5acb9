"""Static assets under content-hashed names, served from memory with a one-year cache.

`asset_url("css/site.css")` gives `/assets/css/site.3f2a9c1b.css`; the hash changes whenever
the file does, so browsers may keep a copy forever. A gzip copy is prepared once at start-up.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, Response, abort, request

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
LONG_CACHE = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Asset:
    logical: str
    hashed: str
    body: bytes
    gzipped: bytes
    mimetype: str


def hashed_name(logical: str, body: bytes) -> str:
    digest = hashlib.sha256(body).hexdigest()[:10]
    stem, dot, ext = logical.rpartition(".")
    return f"{stem}.{digest}.{ext}" if dot else f"{logical}.{digest}"


def collect(static_dir: Path = STATIC_DIR) -> dict[str, Asset]:
    assets = {}
    for path in sorted(static_dir.rglob("*")):
        if not path.is_file():
            continue
        logical = path.relative_to(static_dir).as_posix()
        body = path.read_bytes()
        mimetype = mimetypes.guess_type(logical)[0] or "application/octet-stream"
        if mimetype.startswith("text/") or mimetype in ("application/javascript", "image/svg+xml"):
            mimetype += "; charset=utf-8" if "charset" not in mimetype else ""
        assets[logical] = Asset(logical, hashed_name(logical, body),
                                body, gzip.compress(body, 9, mtime=0), mimetype)
    return assets


def init_app(app: Flask) -> None:
    assets = collect()
    by_hashed = {a.hashed: a for a in assets.values()}
    app.extensions["recours.assets"] = assets

    def asset_url(logical: str) -> str:
        return f"/assets/{assets[logical].hashed}"

    app.add_template_global(asset_url, "asset_url")

    @app.get("/assets/<path:name>")
    def asset(name: str):
        found = by_hashed.get(name)
        if found is None:
            abort(404)
        use_gzip = "gzip" in request.headers.get("Accept-Encoding", "")
        response = Response(found.gzipped if use_gzip else found.body, mimetype=found.mimetype)
        if use_gzip:
            response.headers["Content-Encoding"] = "gzip"
        response.headers["Vary"] = "Accept-Encoding"
        response.headers["Cache-Control"] = LONG_CACHE
        return response

    @app.get("/favicon.ico")
    def favicon():
        found = assets["favicon.svg"]
        response = Response(found.body, mimetype=found.mimetype)
        response.headers["Cache-Control"] = "public, max-age=86400"
        return response
