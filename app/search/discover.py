"""How the site is found: sitemap.xml with language alternates, robots.txt, and the canonical,
language-alternate and social-preview data of each page (absolute URLs from the SITE_URL setting).

Both files are built once per process, on first request (every blueprint is registered by then).
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from flask import Flask, Response, current_app, g, request
from flask_babel import gettext as _

from app.config import LOCALES
from app.web.i18n import LANGUAGES, other_language
from app.web.sitemap import site_map
from app.web.templating import alternate_links

DEFAULT_SITE_URL = "http://127.0.0.1:5000"
OG_LOCALES = LOCALES
PUBLIC_CACHE = "public, max-age=3600"


def site_url() -> str:
    return current_app.config.get("SITE_URL", DEFAULT_SITE_URL).rstrip("/")


def absolute(path: str) -> str:
    """A path of this site as an absolute URL, from SITE_URL: one mechanism for every address."""
    return site_url() + path


def with_default(alternates: dict[str, str]) -> dict[str, str]:
    """Language alternates plus x-default: the page in the site's default language."""
    default = current_app.config.get("DEFAULT_LANGUAGE", LANGUAGES[0])
    return {**alternates, "x-default": alternates[default]} if default in alternates \
        else dict(alternates)


def hreflang_links(is_error: bool = False) -> dict[str, str]:
    """The page being rendered in each language, and x-default, as absolute URLs (for <head>);
    none for error pages, which have no address of their own."""
    if is_error:
        return {}
    return {code: absolute(path) for code, path in with_default(alternate_links()).items()}


def sitemap_entries(app: Flask) -> list[tuple[str, dict[str, str], str | None]]:
    """(path, alternates by language, last modification) for every public GET page."""
    pages = site_map(app).content_pages()
    by_key = {(page.lang, page.key): page for page in pages}
    entries = []
    for page in sorted(pages, key=lambda p: (p.lang, p.url)):
        twins = {lang: twin.url for lang in LANGUAGES if (twin := by_key.get((lang, page.key)))}
        entries.append((page.url, twins, page.updated))
    for view in site_map(app).view_pages():
        for lang in LANGUAGES:
            entries.append((view.urls[lang], view.urls, None))
    return entries


def render_sitemap(app: Flask, base: str) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for path, alternates, updated in sitemap_entries(app):
        lines.append(f"<url><loc>{escape(base + path)}</loc>")
        if updated:
            lines.append(f"<lastmod>{updated}</lastmod>")
        for lang, url in with_default(alternates).items():
            lines.append(f'<xhtml:link rel="alternate" hreflang="{lang}" '
                         f"href={quoteattr(base + url)}/>")
        lines.append("</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def render_robots(base: str) -> str:
    # Tools answer POST only, so no URL holds anything personal: nothing needs hiding.
    return f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"


def page_meta(page_title: str | None, is_error: bool = False) -> dict[str, str] | None:
    """Canonical URL and Open Graph values of the page being rendered; None for error pages."""
    lang = getattr(g, "lang", None)
    if is_error or lang not in LANGUAGES or request.endpoint is None:
        return None
    site = current_app.extensions["recours.site"]
    page = site.get(lang, g.page_key) if getattr(g, "page_key", None) else None
    title = page.title if page else (page_title or "Recours")
    description = page.meta["summary"] if page else _(
        "Free legal information for people targeted by sexual deepfakes and image-based sexual "
        "abuse in France.")
    return {"url": absolute(request.path), "title": title, "description": description,
            "locale": OG_LOCALES[lang], "alternate_locale": OG_LOCALES[other_language(lang)]}


def init_app(app: Flask) -> None:
    built: dict[str, bytes] = {}
    app.add_template_global(page_meta)
    app.add_template_global(hreflang_links)

    def cached(name: str, mimetype: str, make) -> Response:
        key = f"{name}:{site_url()}"
        if key not in built:
            built[key] = make().encode("utf-8")
        response = Response(built[key], mimetype=mimetype)
        response.headers["Cache-Control"] = PUBLIC_CACHE
        return response

    @app.get("/sitemap.xml")
    def sitemap():
        return cached("sitemap", "application/xml",
                      lambda: render_sitemap(current_app, site_url()))

    @app.get("/robots.txt")
    def robots():
        return cached("robots", "text/plain", lambda: render_robots(site_url()))
