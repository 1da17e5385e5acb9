"""Template helpers shared by every page: alternate-language links, tool links, dates.

What a capability knows (the urgent numbers, content pages by key) it contributes itself.
"""

from __future__ import annotations

import datetime as dt

from flask import Flask, current_app, g, request, url_for
from werkzeug.routing import BuildError

from app.formats import long_date
from app.web.i18n import LANGUAGES, current_language


def alternate_links() -> dict[str, str]:
    """This page in each language: a content page's twin, or the same view in the other language."""
    alternates = getattr(g, "alternates", None)
    if alternates:
        return alternates
    links = {}
    endpoint = request.endpoint
    for code in LANGUAGES:
        try:
            args = dict(request.view_args or {})
            args["lang"] = code
            links[code] = url_for(endpoint, **args) if endpoint else url_for("pages.home",
                                                                             lang=code)
        except BuildError:
            links[code] = url_for("pages.home", lang=code)
    return links


def tool_url(endpoint: str) -> str | None:
    """The URL of a tool in the current language, or None when this app does not serve it."""
    if endpoint not in current_app.view_functions:
        return None
    return url_for(endpoint, lang=current_language())


def format_long_date(value: dt.date) -> str:
    return long_date(value, current_language())


def init_app(app: Flask) -> None:
    app.add_template_global(alternate_links)
    app.add_template_global(tool_url)
    app.add_template_global(format_long_date)
