"""Content pages: Markdown from content/<lang>/ with facts filled in from the law data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from flask import Flask

from app.pages.render import Site, build_site


def init_pages(app: Flask) -> None:
    facts_on = app.config.get("FACTS_ON") or dt.date.today()
    site = build_site(Path(app.config["CONTENT_DIR"]), tuple(app.config["LANGUAGES"]), facts_on)
    app.extensions["recours.site"] = site

    from app.pages.check import content_cli
    from app.pages.measure_cli import measure_command
    from app.pages.views import bp

    app.register_blueprint(bp)
    content_cli.add_command(measure_command)
    app.cli.add_command(content_cli)


def get_site(app: Flask) -> Site:
    return app.extensions["recours.site"]
