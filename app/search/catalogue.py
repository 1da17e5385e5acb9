"""Every public GET page of the site, in both languages: the list that search, the sitemap and the
static export all read.

Content pages come from the content site. The other pages are the localized GET views: those that
take only the language (tools, directories), and those whose other arguments take their values from
data (one page per platform), listed in ARGUMENT_VALUES.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask, url_for

from app.web.i18n import LANGUAGES

LANG_PREFIX = "/<any(fr, en):lang>"


def _platform_values() -> list[dict[str, str]]:
    from app.services.platforms import all_platforms

    return [{"platform_id": platform.id} for platform in all_platforms()]


# Localized GET views with an argument besides the language, and where that argument's values are.
ARGUMENT_VALUES: dict[str, Callable[[], list[dict[str, str]]]] = {
    "platforms.platform": _platform_values,
}


@dataclass(frozen=True)
class ViewPage:
    """One GET view of a capability (not a content page), by its address in each language."""

    endpoint: str
    values: tuple[tuple[str, str], ...]  # arguments besides the language, sorted
    urls: dict[str, str]

    @property
    def key(self) -> str:
        """The same in both languages, never a content page's key (those have no slash)."""
        return self.urls[LANGUAGES[0]].removeprefix(f"/{LANGUAGES[0]}")


def localized_get_rules(app: Flask):
    """GET rules under the language prefix, content pages excepted."""
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and rule.rule.startswith(LANG_PREFIX + "/") \
                and not rule.endpoint.startswith("pages."):
            yield rule


def view_pages(app: Flask) -> list[ViewPage]:
    """Every localized GET view in both languages, argument values taken from the data.

    A view with an argument that ARGUMENT_VALUES does not know is left out (a test names it).
    """
    found = []
    with app.test_request_context():
        for rule in localized_get_rules(app):
            if set(rule.arguments) == {"lang"}:
                value_sets = [{}]
            elif rule.endpoint in ARGUMENT_VALUES:
                value_sets = ARGUMENT_VALUES[rule.endpoint]()
            else:
                continue
            for values in value_sets:
                urls = {lang: url_for(rule.endpoint, lang=lang, **values) for lang in LANGUAGES}
                found.append(ViewPage(rule.endpoint, tuple(sorted(values.items())), urls))
    return sorted(found, key=lambda page: page.urls[LANGUAGES[0]])
