"""PDF through WeasyPrint: A4, selectable text, tagged (PDF/UA-1), page numbers "1 / 2".

The stylesheet and the font configuration are built once per process and reused: parsing the CSS
and scanning fonts would otherwise dominate the time of each document. WeasyPrint itself is
imported on the first letter, not at start-up (its import is a third of the start-up time, and
most processes answer pages, not letters). Nothing is fetched: the URL fetcher is a subclass of
WeasyPrint's own whose every fetch is refused (WeasyPrint reads attributes of its class, so a
plain function breaks on the first refused URL), so only system fonts are used and embedded.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Letter
from .html import render_html, stylesheet


@lru_cache(maxsize=1)
def _fetcher_class():
    """WeasyPrint's URL fetcher with every fetch refused (defined lazily with WeasyPrint)."""
    from weasyprint.urls import URLFetcher

    class NoFetch(URLFetcher):
        """Refuses every URL: file:, http:, data: alike. WeasyPrint catches the error, logs
        a warning and leaves the resource out; the document still renders."""

        def __init__(self):
            super().__init__(allowed_protocols=(), fail_on_errors=False)

        def fetch(self, url, headers=None):
            raise ValueError(f"letters never load external resources: {url[:80]}")

    return NoFetch


def no_fetch():
    """A fetcher that refuses every request."""
    return _fetcher_class()()


@lru_cache(maxsize=1)
def _setup():
    """(stylesheet, font configuration), built once per process."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    css = CSS(string=stylesheet(), font_config=fonts, url_fetcher=no_fetch())
    return css, fonts


def html_to_pdf(html: str) -> bytes:
    """Any HTML as a tagged PDF with the letter's stylesheet; nothing is fetched."""
    from weasyprint import HTML

    css, fonts = _setup()
    document = HTML(string=html, url_fetcher=no_fetch(), base_url="about:blank")
    return document.write_pdf(stylesheets=[css], font_config=fonts, pdf_variant="pdf/ua-1",
                              custom_metadata=False)


def render(letter: Letter) -> bytes:
    return html_to_pdf(render_html(letter, inline_css=False))
