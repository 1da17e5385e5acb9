"""The site map: every public GET page of the site, in each language, in one list.

Search (its index and sitemap.xml), the static export and the tests' every-page check all read it,
so a page added anywhere is found, listed, exported and checked without a second list.

The web layer knows no capability: each one tells the site map what only it knows.
- The pages capability gives its content pages (`add_content`): objects with `key`, `lang`, `url`
  and `updated` (ISO date or None).
- A capability whose GET view takes an argument besides the language gives the argument's values
  (`add_values`), and says whether those pages are the same for everyone, with no form, so the
  static export may write them (`static=True`).
Views that take only the language are found in the URL map.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from flask import Flask, url_for

from app.config import LANGUAGES


class ContentPage(Protocol):
    key: str
    lang: str

    @property
    def url(self) -> str: ...

    @property
    def updated(self) -> str | None: ...


@dataclass(frozen=True)
class ViewPage:
    """One GET view of a capability (not a content page), by its address in each language."""

    endpoint: str
    values: tuple[tuple[str, str], ...]  # arguments besides the language, sorted
    urls: dict[str, str]
    static: bool = False  # the same for everyone, no form: the static export writes it

    @property
    def key(self) -> str:
        """The same in both languages, never a content page's key (those have no slash)."""
        return self.urls[LANGUAGES[0]].removeprefix(f"/{LANGUAGES[0]}")


@dataclass(frozen=True)
class _Values:
    provider: Callable[[], Iterable[dict[str, str]]]
    static: bool


class SiteMap:
    """Every public page; built from the URL map on first use (every view is registered then)."""

    def __init__(self, app: Flask):
        self.app = app
        self._content: Callable[[], Iterable[ContentPage]] = tuple
        self._values: dict[str, _Values] = {}

    # -- what the capabilities tell it ---------------------------------------------------------
    def add_content(self, provider: Callable[[], Iterable[ContentPage]]) -> None:
        self._content = provider

    def add_values(self, endpoint: str, provider: Callable[[], Iterable[dict[str, str]]],
                   static: bool = False) -> None:
        self._values[endpoint] = _Values(provider, static)

    # -- what everyone reads -------------------------------------------------------------------
    def content_pages(self) -> list[ContentPage]:
        return list(self._content())

    def _rules(self):
        """One localized GET rule per view (the one in the first language), content pages and
        former addresses (redirects) excepted."""
        for rule in self.app.url_map.iter_rules():
            if "GET" in rule.methods and (rule.defaults or {}).get("lang") == LANGUAGES[0] \
                    and not rule.endpoint.startswith("pages.") \
                    and not hasattr(self.app.view_functions[rule.endpoint], "moved_to"):
                yield rule

    def unlisted(self) -> list[str]:
        """GET views with an argument whose values no capability gave (the tests name them)."""
        return sorted(rule.rule for rule in self._rules()
                      if _variables(rule) and rule.endpoint not in self._values)

    def view_pages(self) -> list[ViewPage]:
        """Every localized GET view in each language, argument values taken from the data."""
        found = []
        with self.app.test_request_context():
            for rule in self._rules():
                given = self._values.get(rule.endpoint)
                if not _variables(rule):
                    value_sets, static = [{}], False
                elif given is not None:
                    value_sets, static = list(given.provider()), given.static
                else:
                    continue
                for values in value_sets:
                    urls = {lang: url_for(rule.endpoint, lang=lang, **values)
                            for lang in LANGUAGES}
                    found.append(ViewPage(rule.endpoint, tuple(sorted(values.items())), urls,
                                          static))
        return sorted(found, key=lambda page: page.urls[LANGUAGES[0]])

    def urls(self) -> list[str]:
        """Every public page's path, each language, sorted."""
        paths = {page.url for page in self.content_pages()}
        paths.update(url for view in self.view_pages() for url in view.urls.values())
        return sorted(paths)


def _variables(rule) -> set[str]:
    """The parts of a rule's path that vary (the language is fixed by each rule's defaults)."""
    return set(rule.arguments) - set(rule.defaults or ())


def site_map(app: Flask) -> SiteMap:
    return app.extensions["recours.sitemap"]


def init_app(app: Flask) -> None:
    app.extensions["recours.sitemap"] = SiteMap(app)
