"""Start-up work for search: the discoverability routes (sitemap.xml, robots.txt, canonical and
social metadata), the `flask export` command and the index (built once, in memory)."""

from __future__ import annotations

from flask import Flask

from app.search import discover
from app.search.documents import all_documents
from app.search.index import SearchIndex
from app.search.wording import wording


def init_app(app: Flask) -> None:
    app.add_template_global(wording, "search_wording")
    discover.init_app(app)

    from app.export.cli import export_cli

    app.cli.add_command(export_cli)
    # Last: every blueprint and template helper is in place, so every page renders as served.
    app.extensions["recours.search"] = SearchIndex(all_documents(app))
