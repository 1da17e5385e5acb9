"""PDF through WeasyPrint: A4, selectable text, tagged (PDF/UA-1), page numbers "1 / 2".

The stylesheet and the font configuration are built once per process and reused: parsing the CSS
and scanning fonts would otherwise dominate the time of each document. WeasyPrint itself is
imported on the first letter, not at start-up (its import is a third of the start-up time, and
most processes answer pages, not letters). Nothing is fetched: the URL fetcher refuses every
request, so only system fonts are used and embedded.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Letter
from .html import render_html, stylesheet


def _no_fetch(url: str, *args, **kwargs):
    raise ValueError(f"letters never load external resources: {url[:80]}")


@lru_cache(maxsize=1)
def _setup():
    """(stylesheet, font configuration), built once per process."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    css = CSS(string=stylesheet(), font_config=fonts, url_fetcher=_no_fetch)
    return css, fonts


def render(letter: Letter) -> bytes:
    from weasyprint import HTML

    css, fonts = _setup()
    document = HTML(string=render_html(letter, inline_css=False), url_fetcher=_no_fetch,
                    base_url="about:blank")
    return document.write_pdf(stylesheets=[css], font_config=fonts, pdf_variant="pdf/ua-1",
                              custom_metadata=False)
