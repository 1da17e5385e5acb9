"""What the index holds for each page: title, summary, synonyms and body text, in one shape for
content pages (read from the content site) and for the other GET pages (rendered once, when the
index is built, through the application itself, so the index holds exactly the words a visitor
reads).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from flask import Flask

from app.web.sitemap import site_map

INLINE_TAGS = re.compile(r"</?(?:a|abbr|b|code|em|i|mark|q|small|span|strong|sub|sup|time)\b[^>]*>")
TAGS = re.compile(r"<[^>]+>")
SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not U+00A0: French keeps it before : ; ! ?
TITLE = re.compile(r"<title>(.*?)(?: · Recours)?</title>", re.S)
STEP_TITLE = re.compile(r"(?:Étape|Step) \d+ (?:sur|of) \d+ – ")
H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
MAIN = re.compile(r"<main\b[^>]*>(.*)</main>", re.S)
PARAGRAPH = re.compile(r"<p\b([^>]*)>(.*?)</p>", re.S)
LINK_ONLY = re.compile(r"\s*<a\b[^>]*>[^<]*</a>\s*")
URGENT = re.compile(r'<aside class="urgent[^"]*".*?</aside>', re.S)  # the strip after every h1
HEADING = re.compile(r"<h[2-4]\b[^>]*>(.*?)</h[2-4]>", re.S)


@dataclass(frozen=True)
class Document:
    key: str  # shared by a page and its twin in the other language
    lang: str
    url: str
    title: str
    summary: str
    synonyms: tuple[str, ...]  # weighed near the title: front-matter synonyms, or headings
    text: str


def plain_text(page_html: str) -> str:
    text = TAGS.sub(" ", INLINE_TAGS.sub("", page_html))
    return SPACES.sub(" ", html.unescape(text)).strip()


def content_documents(pages) -> list[Document]:
    """Content pages (the pages capability's Page), from their front matter and rendered body."""
    return [Document(page.key, page.lang, page.url, page.meta["title"], page.meta["summary"],
                     tuple(page.meta.get("synonyms", ())), plain_text(page.html))
            for page in pages]


def summary_of(main_html: str) -> str:
    """The page's lead paragraph (class "summary"), or else its first paragraph that is more than
    a link."""
    paragraphs = PARAGRAPH.findall(main_html)
    for attributes, inner in paragraphs:
        if 'class="summary"' in attributes:
            return plain_text(inner)
    return next((plain_text(inner) for _, inner in paragraphs if not LINK_ONLY.fullmatch(inner)),
                "")


def document_from_html(key: str, lang: str, url: str, page_html: str) -> Document:
    title = TITLE.search(page_html)
    main = MAIN.search(page_html)
    body = URGENT.sub("", main.group(1)) if main else ""
    headings = tuple(plain_text(heading) for heading in HEADING.findall(body))
    named = html.unescape(title.group(1)).strip() if title else url
    h1 = H1.search(body)
    if STEP_TITLE.match(named) and h1:  # a tool's step: found under the tool's name, its h1
        named = plain_text(h1.group(1))
    return Document(key, lang, url, named, summary_of(body), headings, plain_text(body))


def render(app: Flask, url: str) -> str | None:
    """The page the application serves at `url`, or None when it does not answer 200.

    The request goes through the same hooks as a visitor's, in an application context of its own
    (the index may be built during another request, whose `g` must not see this one's).
    full_dispatch_request would also mark the application as started, which it may not be yet.
    """
    with app.app_context(), app.test_request_context(url):
        try:
            response = app.preprocess_request() or app.dispatch_request()
        except Exception:  # noqa: BLE001 — a page that fails is left out; a test names it
            return None
        response = app.finalize_request(response)
        return response.get_data(as_text=True) if response.status_code == 200 else None


def view_documents(app: Flask) -> list[Document]:
    """Every GET view of the capabilities in both languages (tools, directories, platforms)."""
    documents = []
    for page in site_map(app).view_pages():
        for lang, url in page.urls.items():
            page_html = render(app, url)
            if page_html is not None:
                documents.append(document_from_html(page.key, lang, url, page_html))
    return documents


def all_documents(app: Flask) -> list[Document]:
    return content_documents(site_map(app).content_pages()) + view_documents(app)
