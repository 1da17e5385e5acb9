"""Template helpers shared by every page: alternate-language links, urgent numbers, dates."""

from __future__ import annotations

import datetime as dt
import re

from flask import Flask, current_app, g, request, url_for
from werkzeug.routing import BuildError

from app.pages.wording import long_date
from app.web.i18n import LANGUAGES, current_language

CONTACT_SCHEMES = {"phone": "tel:", "sms": "sms:", "email": "mailto:"}


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


def contact_href(kind: str, value: str) -> str:
    if kind in CONTACT_SCHEMES:
        return CONTACT_SCHEMES[kind] + value.replace(" ", "").replace("\u00a0", "")
    return value


def urgent_services() -> list[dict]:
    """The urgent-help strip, from the services data, in the page's language."""
    from app.services.directory import urgent_strip

    lang = current_language()
    strip = []
    for service in urgent_strip():
        contacts = [{"kind": c.kind, "value": c.value, "href": contact_href(c.kind, c.value)}
                    for c in service.contacts if c.kind in ("phone", "sms")]
        short = re.sub(r"\s*\([^)]*\)\s*$", "", service.name[lang])
        if contacts:  # "3919 – Violences Femmes Info" → "Violences Femmes Info"
            short = re.sub(rf"^{re.escape(contacts[0]['value'])}\s*[–-]\s*", "", short)
        strip.append({"id": service.id, "contacts": contacts, "short": short})
    return strip


def tool_url(endpoint: str) -> str | None:
    """The URL of a tool in the current language, or None when this app does not serve it."""
    if endpoint not in current_app.view_functions:
        return None
    return url_for(endpoint, lang=current_language())


def site_page_url(key: str) -> str | None:
    site = current_app.extensions.get("recours.site")
    page = site.get(current_language(), key) if site else None
    return page.url if page else None


def format_long_date(value: dt.date) -> str:
    return long_date(value, current_language())


def init_app(app: Flask) -> None:
    app.add_template_global(alternate_links)
    app.add_template_global(urgent_services)
    app.add_template_global(site_page_url)
    app.add_template_global(tool_url)
    app.add_template_global(format_long_date)
