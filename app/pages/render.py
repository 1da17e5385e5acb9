"""Turn content sources into pages held in memory: Jinja (facts) first, then Markdown.

The front matter of every page is read and checked when the site is built; each page's body is
rendered once, on first use (`lazy=True`, the application's choice, so start-up stays short) or at
once (the default, for tools and tests). Production servers render every page before they serve
(app/web/warmup.py), so no visitor waits and a broken body stops the server by its name.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

import jinja2
import markdown

from app.law import Registry
from app.pages.facts import ContentFunctionError, ContentFunctions
from app.pages.loader import ContentError, Source, read_sources

# Only what the content uses: each extension costs start-up time on every page.
EXTENSIONS = ["toc", "tables", "attr_list", "footnotes", "sane_lists"]
EXTENSION_CONFIGS = {"toc": {"toc_depth": "2-3", "permalink": False},
                     "footnotes": {"BACKLINK_TEXT": "↩"}}


class Page:
    """One content page: its front matter at once, its HTML and table of contents given or
    rendered on first use by `render`."""

    def __init__(self, key: str, lang: str, slug: str, meta: dict, html: str | None = None,
                 toc: list | None = None, render: Callable[[], tuple[str, list]] | None = None):
        if html is None and render is None:
            raise ValueError("a page needs its html or a way to render it")
        self.key, self.lang, self.slug, self.meta = key, lang, slug, meta
        self._given = None if html is None else (html, toc or [])
        self._render = render

    @cached_property
    def _rendered(self) -> tuple[str, list]:
        return self._given if self._given is not None else self._render()

    @property
    def html(self) -> str:
        return self._rendered[0]

    @property
    def toc(self) -> list:
        return self._rendered[1]

    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def url(self) -> str:
        return f"/{self.lang}/" if self.key == "home" else f"/{self.lang}/{self.slug}"

    @property
    def updated(self) -> str:
        return self.meta["updated"].isoformat()


class Site:
    """Every page, by (lang, key) and by (lang, slug), plus the navigation."""

    def __init__(self, pages: list[Page]):
        self.pages = pages
        self.by_key = {(p.lang, p.key): p for p in pages}
        self.by_slug = {(p.lang, p.slug): p for p in pages}

    def get(self, lang: str, key: str) -> Page | None:
        return self.by_key.get((lang, key))

    def find(self, lang: str, slug: str) -> Page | None:
        return self.by_slug.get((lang, slug))

    def twin(self, page: Page, lang: str) -> Page | None:
        return self.by_key.get((lang, page.key))

    def render_all(self) -> None:
        """Render every page now (the production servers' warm-up; `flask content check`)."""
        for page in self.pages:
            _ = page.html

    def in_lang(self, lang: str) -> list[Page]:
        return sorted((p for p in self.pages if p.lang == lang),
                      key=lambda p: (p.meta["section"], p.meta["order"], p.title))


TABLE_LABEL = {"fr": "Tableau (défilement horizontal possible)",
               "en": "Table (may scroll sideways)"}


def wrap_tables(html: str, lang: str) -> str:
    """Wide tables scroll inside their own focusable region, so the page reflows at 320 px."""
    opening = ('<div class="table-wrap" tabindex="0" role="region" '
               f'aria-label="{TABLE_LABEL[lang]}">')
    return html.replace("<table>", opening + "<table>").replace("</table>", "</table></div>")


def check_pairs(sources: list[Source], languages: tuple[str, ...]) -> None:
    seen: dict[tuple[str, str], Path] = {}
    slugs: dict[tuple[str, str], Path] = {}
    for source in sources:
        for index, mapping in (((source.lang, source.key), seen),
                               ((source.lang, source.meta["slug"]), slugs)):
            if index in mapping:
                field_name = "key" if mapping is seen else "slug"
                raise ContentError(source.path, field_name,
                                   f"'{index[1]}' is also used by {mapping[index]}")
            mapping[index] = source.path


def build_site(content_dir: Path, languages: tuple[str, ...], facts_on: dt.date,
               law: Registry | None = None, lazy: bool = False) -> Site:
    """Every page of `content_dir`; front matter checked now, bodies rendered now or on first use
    (`lazy`). A malformed file raises ContentError naming the file and the field."""
    sources = read_sources(content_dir, languages)
    check_pairs(sources, languages)
    urls = {(s.lang, s.key): (f"/{s.lang}/" if s.key == "home" else f"/{s.lang}/{s.meta['slug']}")
            for s in sources}
    renderer = _Renderer(urls, facts_on, law)
    pages = [Page(source.key, source.lang, source.meta["slug"], source.meta,
                  render=lambda source=source: renderer.render(source)) for source in sources]
    site = Site(pages)
    if not lazy:
        site.render_all()
    return site


class _Renderer:
    """Jinja for the facts, then Markdown; one page at a time (a Markdown converter keeps state
    between calls, and pages may be rendered by several threads of a server)."""

    def __init__(self, urls: dict[tuple[str, str], str], facts_on: dt.date,
                 law: Registry | None):
        self.urls, self.facts_on, self.law = urls, facts_on, law
        # Content is the project's own Markdown source, never user input: escaping would break
        # it. attr_list uses "{#id}" for headings, so Jinja comments use other delimiters.
        self.env = jinja2.Environment(  # nosec B701
            undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
            autoescape=False,  # noqa: S701
            comment_start_string="{##", comment_end_string="##}")
        self.md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)
        self.lock = threading.Lock()

    def render(self, source: Source) -> tuple[str, list]:
        def page_url(key: str, lang=source.lang) -> str:
            if (lang, key) not in self.urls:
                raise ContentFunctionError(f"unknown page key '{key}'")
            return self.urls[(lang, key)]

        functions = ContentFunctions(source.lang, self.facts_on, page_url, self.law)
        with self.lock:
            try:
                text = self.env.from_string(source.body).render(functions.namespace())
            except (jinja2.TemplateError, ContentFunctionError, LookupError,
                    ValueError) as error:
                raise ContentError(source.path, "body",
                                   f"{type(error).__name__}: {error}") from None
            html = wrap_tables(self.md.reset().convert(text), source.lang)
            return html, getattr(self.md, "toc_tokens", [])
