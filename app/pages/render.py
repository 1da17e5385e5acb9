"""Turn content sources into pages held in memory: Jinja (facts) first, then Markdown.

Rendering happens once, at start-up; serving a page is a dictionary lookup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class Page:
    key: str
    lang: str
    slug: str
    meta: dict
    html: str
    toc: list = field(default_factory=list)

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
               law: Registry | None = None) -> Site:
    sources = read_sources(content_dir, languages)
    check_pairs(sources, languages)
    urls = {(s.lang, s.key): (f"/{s.lang}/" if s.key == "home" else f"/{s.lang}/{s.meta['slug']}")
            for s in sources}
    # Content is the project's own Markdown source, never user input: escaping would break it.
    # attr_list uses "{#id}" for headings, so Jinja comments must use other delimiters.
    env = jinja2.Environment(  # nosec B701
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
        autoescape=False,  # noqa: S701
        comment_start_string="{##", comment_end_string="##}")
    pages = []
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)
    for source in sources:
        def page_url(key: str, lang=source.lang, path=source.path) -> str:
            if (lang, key) not in urls:
                raise ContentFunctionError(f"unknown page key '{key}'")
            return urls[(lang, key)]

        functions = ContentFunctions(source.lang, facts_on, page_url, law)
        try:
            text = env.from_string(source.body).render(functions.namespace())
        except (jinja2.TemplateError, ContentFunctionError, LookupError, ValueError) as error:
            raise ContentError(source.path, "body", f"{type(error).__name__}: {error}") from None
        html = wrap_tables(md.reset().convert(text), source.lang)
        pages.append(Page(source.key, source.lang, source.meta["slug"], source.meta, html,
                          getattr(md, "toc_tokens", [])))
    return Site(pages)
