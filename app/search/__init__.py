"""Search and discoverability: the search page over every page of the site map, sitemap.xml,
robots.txt and each page's canonical and social metadata."""

from __future__ import annotations

import threading

from flask import Flask


class IndexOnFirstUse:
    """The search index, built from every page as served the first time it is asked for (or by
    the production servers' warm-up); reads go to the built SearchIndex."""

    def __init__(self, app: Flask):
        self.app = app
        self._index = None
        self._lock = threading.Lock()

    def built(self):
        if self._index is None:
            with self._lock:
                if self._index is None:
                    from app.search.documents import all_documents
                    from app.search.index import SearchIndex

                    self._index = SearchIndex(all_documents(self.app))
        return self._index

    def __getattr__(self, name: str):
        return getattr(self.built(), name)


def init_app(app: Flask) -> None:
    """Registered after every capability that has pages: the index reads them as served."""
    from app.search import discover
    from app.search.views import bp
    from app.search.wording import wording
    from app.web.warmup import on_warm_up

    app.register_blueprint(bp)
    app.add_template_global(wording, "search_wording")
    discover.init_app(app)
    index = IndexOnFirstUse(app)
    app.extensions["recours.search"] = index
    on_warm_up(app, index.built)
