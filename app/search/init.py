"""Start-up work for search: the index (built once, in memory), the discoverability routes
(sitemap.xml, robots.txt, canonical and social metadata) and the `flask export` command."""

from __future__ import annotations

from flask import Flask

from app.search import discover
from app.search.index import SearchIndex
from app.search.wording import wording


def init_app(app: Flask) -> None:
    app.extensions["recours.search"] = SearchIndex(app.extensions["recours.site"].pages)
    app.add_template_global(wording, "search_wording")
    discover.init_app(app)

    from app.export.cli import export_cli

    app.cli.add_command(export_cli)
