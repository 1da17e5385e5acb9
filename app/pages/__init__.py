"""Content pages: Markdown from content/<lang>/ with facts filled in from the law data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from flask import Flask, current_app

from app.pages.render import Site, build_site
from app.web.i18n import current_language
from app.web.sitemap import site_map
from app.web.warmup import on_warm_up


def init_app(app: Flask) -> None:
    """The content site, its pages in the site map, the `flask content` commands, and the
    template helper that links a page by its key."""
    facts_on = app.config.get("FACTS_ON") or dt.date.today()
    # Front matter is checked now; each page is rendered on first use, or by the warm-up.
    site = build_site(Path(app.config["CONTENT_DIR"]), tuple(app.config["LANGUAGES"]), facts_on,
                      app.extensions["recours.law"], lazy=True)
    app.extensions["recours.site"] = site
    site_map(app).add_content(lambda: site.pages)
    on_warm_up(app, site.render_all)

    from app.pages.check import content_cli
    from app.pages.measure_cli import measure_command
    from app.pages.views import bp

    app.register_blueprint(bp)
    app.add_template_global(site_page_url)
    content_cli.add_command(measure_command)
    app.cli.add_command(content_cli)


def get_site(app: Flask) -> Site:
    return app.extensions["recours.site"]


def site_page_url(key: str) -> str | None:
    """The URL of a content page by key, in the page's language; None when there is none."""
    page = get_site(current_app).get(current_language(), key)
    return page.url if page else None
