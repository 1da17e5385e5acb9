"""The hand-written page cache and gzip (app/web/pagecache.py, compress.py) against the libraries
that would replace them: Flask-Compress 1.25 (with and without its cache) and Flask-Caching 2.5.1.

    .venv/bin/pip install Flask-Compress==1.25 Flask-Caching==2.5.1   # not project dependencies
    .venv/bin/python bench/compression.py [--requests 2000]

Each variant answers GET /fr/porter-plainte (Accept-Encoding: gzip, br) through the WSGI callable,
in this process, so only the app's own work is timed; the figures are µs per request and bytes
sent, with the current stack as the baseline of the same run (docs/adr/0005).
"""

from __future__ import annotations

import argparse
import statistics
import time

from werkzeug.test import EnvironBuilder

PATH = "/fr/porter-plainte"
HEADERS = {"Accept-Encoding": "gzip, deflate, br"}


def plain_app():
    """The app without the hand-written page cache and compression."""
    from app import create_app

    app = create_app()
    app.wsgi_app = app.wsgi_app.wsgi_app  # PageCache is the outermost wrapper (no proxy here)
    app.after_request_funcs[None] = [f for f in app.after_request_funcs[None]
                                     if getattr(f, "__name__", "") != "compress"]
    return app


def variants():
    from app import create_app

    yield "current: page cache + gzip (hand-written)", create_app()

    from flask_compress import Compress

    app = plain_app()
    app.config.update(COMPRESS_ALGORITHM=["gzip"], COMPRESS_LEVEL=6)
    Compress(app)
    yield "Flask-Compress, gzip, no cache", app

    app = plain_app()
    Compress(app)
    yield "Flask-Compress, its defaults (zstd, br, gzip)", app

    app = plain_app()

    class Memory:
        def __init__(self):
            self.data = {}

        def get(self, key):
            return self.data.get(key)

        def set(self, key, value):
            self.data[key] = value

    app.config.update(COMPRESS_ALGORITHM=["gzip"], COMPRESS_CACHE_BACKEND=Memory,
                      COMPRESS_CACHE_KEY=lambda request: request.path)
    Compress(app)
    yield "Flask-Compress, gzip, cache keyed by path", app

    from flask_caching import Cache

    app = plain_app()
    app.config.update(COMPRESS_ALGORITHM=["gzip"], COMPRESS_CACHE_BACKEND=Memory,
                      COMPRESS_CACHE_KEY=lambda request: request.path, CACHE_TYPE="SimpleCache")
    cache = Cache(app)
    app.view_functions["pages.content"] = cache.cached(timeout=0)(
        app.view_functions["pages.content"])
    Compress(app)
    yield "Flask-Caching view cache + Flask-Compress cache", app


def measure(app, count: int) -> tuple[float, int]:
    def call():
        environ = EnvironBuilder(path=PATH, headers=HEADERS).get_environ()
        out = {}
        body = b"".join(app.wsgi_app(environ, lambda status, headers, exc=None:
                                     out.update(status=status)))
        assert out["status"].startswith("200"), out
        return body

    body = call()
    call()
    times = []
    for _ in range(count):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6, len(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    count = max(100, min(args.requests, 20000))
    from common import conditions

    print(conditions())
    print(f"{'variant':<50} {'µs/request':>11} {'× current':>10} {'bytes':>7}")
    baseline = None
    for name, app in variants():
        micros, size = measure(app, count)
        baseline = baseline or micros
        print(f"{name:<50} {micros:>11.0f} {micros / baseline:>10.1f} {size:>7}")


if __name__ == "__main__":
    main()
