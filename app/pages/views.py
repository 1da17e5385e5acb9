"""Serve the pages rendered at start-up; navigation comes from their front matter."""

from __future__ import annotations

from flask import abort, current_app, g, render_template, url_for

from app.pages.render import Page, Site
from app.pages.tools import TOOLS
from app.web.i18n import LANGUAGES, localized_blueprint
from app.web.pagecache import mark_cacheable

bp = localized_blueprint("pages", __name__)

SECTION_TITLES = {
    "start": {"fr": "Commencer", "en": "Start here"},
    "guides": {"fr": "Guides pratiques", "en": "Practical guides"},
    "offences": {"fr": "Les infractions", "en": "The offences"},
    "minors": {"fr": "Mineurs", "en": "Minors"},
    "educators": {"fr": "Pour les éducateurs", "en": "For educators"},
    "lawyers": {"fr": "Pour les juristes", "en": "For lawyers"},
    "help": {"fr": "Aide et sécurité", "en": "Help and safety"},
    "about": {"fr": "À propos", "en": "About"},
}


def site() -> Site:
    return current_app.extensions["recours.site"]


def show(page: Page):
    """Content pages are the same for everyone: the whole response is kept by the page cache."""
    mark_cacheable()
    g.alternates = {lang: twin.url for lang in LANGUAGES
                    if (twin := site().twin(page, lang)) is not None}
    g.page_key = page.key
    return render_template("pages/content.html", page=page)


@bp.get("/")
def home():
    page = site().get(g.lang, "home")
    if page is None:
        abort(404)
    return show(page)


@bp.get("/<slug>")
def content(slug: str):
    page = site().find(g.lang, slug)
    if page is None or page.key == "home":
        abort(404)
    return show(page)


TOOLS_TITLE = {"fr": "Outils", "en": "Tools"}


def tool_links(lang: str) -> list[dict]:
    """Links to the tools that this application serves (each capability registers its views),
    under the plain names the pages use too (app/pages/tools.py)."""
    return [{"url": url_for(tool.endpoint, lang=lang), "title": tool.name[lang],
             "key": tool.endpoint}
            for tool in TOOLS.values() if tool.endpoint in current_app.view_functions]


@bp.app_context_processor
def navigation():
    lang = getattr(g, "lang", None)
    if lang not in LANGUAGES:
        return {"navigation": []}
    sections = []
    tools = tool_links(lang)
    if tools:
        sections.append({"title": TOOLS_TITLE[lang], "id": "tools",
                         "pages": [{"url": t["url"], "key": t["key"], "meta": {"title": t["title"]}}
                                   for t in tools]})
    for section, titles in SECTION_TITLES.items():
        pages = [p for p in site().in_lang(lang) if p.meta["section"] == section
                 and p.key != "home"]
        if pages:
            sections.append({"title": titles[lang], "pages": pages, "id": section})
    return {"navigation": sections}
