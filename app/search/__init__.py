"""Search and discoverability: the search page over every page of the site map, sitemap.xml,
robots.txt and each page's canonical and social metadata."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Registered after every capability that has pages: the index reads them as served."""
    from app.search import discover
    from app.search.documents import all_documents
    from app.search.index import SearchIndex
    from app.search.views import bp
    from app.search.wording import wording

    app.register_blueprint(bp)
    app.add_template_global(wording, "search_wording")
    discover.init_app(app)
    # Last: every blueprint and template helper is in place, so every page renders as served.
    app.extensions["recours.search"] = SearchIndex(all_documents(app))
