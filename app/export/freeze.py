"""Freeze the content of the site with Frozen-Flask, through the application itself.

Each file holds exactly the bytes the application serves for that URL: content pages, and the pages
whose content is data (one per platform). Tools (forms) are left out: their links in the exported
pages keep pointing at /fr/… and /en/… paths that the edge must send to the application servers
(docs/deploying.md). Extensionless files are HTML: the static host must
serve them as text/html (nginx: `default_type text/html;`).
"""

from __future__ import annotations

import warnings
from pathlib import Path

from flask import Flask
from flask_frozen import Freezer, MissingURLGeneratorWarning

from app.config import ROOT
from app.web.sitemap import site_map

DEFAULT_DESTINATION = ROOT / "build" / "static"


def export_urls(app: Flask) -> list[str]:
    """Every URL written by the export, in a stable order."""
    # Besides content pages, the views their capability marks static in the site map: data, the
    # same for everyone, with no form (one page per platform). The list of platforms
    # (/fr/plateformes) stays with the application: its file would sit where the folder of platform
    # pages goes, and the edge sends a path without a file to the application.
    routes = site_map(app)
    pages = sorted([page.url for page in routes.content_pages()] +
                   [url for view in routes.view_pages() if view.static
                    for url in view.urls.values()])
    assets = sorted(f"/assets/{a.hashed}" for a in app.extensions["recours.assets"].values())
    # /favicon.ico is left out: pages name their icon (a hashed SVG) in <head>.
    return [*pages, *assets, "/sitemap.xml", "/robots.txt"]


def freeze(app: Flask, destination: Path | str = DEFAULT_DESTINATION) -> list[str]:
    """Write the export into `destination` (emptied first) and return the URLs written."""
    app.config.update(
        FREEZER_DESTINATION=str(Path(destination).resolve()),
        FREEZER_REMOVE_EXTRA_FILES=True,
        FREEZER_DEFAULT_MIMETYPE="text/html",
        FREEZER_IGNORE_404_NOT_FOUND=False,
        FREEZER_REDIRECT_POLICY="error",
    )
    freezer = Freezer(app, with_static_files=False, with_no_argument_rules=False,
                      log_url_for=False)
    urls = export_urls(app)

    def each_in_its_own_context():
        # Frozen-Flask builds every page inside one application context, so `g` set by one view
        # would reach the next page; a server gives each request a fresh one, and so does this.
        for url in urls:
            with app.app_context():
                yield url

    freezer.register_generator(each_in_its_own_context)
    with warnings.catch_warnings():
        # Tools are left out on purpose: Frozen-Flask would warn that their endpoints got no URL.
        warnings.simplefilter("ignore", MissingURLGeneratorWarning)
        freezer.freeze()
    return urls


def file_for(destination: Path | str, url: str) -> Path:
    """Where the export writes `url` (Frozen-Flask's rule: a trailing slash gives index.html)."""
    relative = url.lstrip("/")
    if not relative or relative.endswith("/"):
        relative += "index.html"
    return Path(destination) / relative
