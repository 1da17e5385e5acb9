"""Every offence page whose article is quoted from the LEGI export of 13 July 2025 shows the
quotation in its part for lawyers, in both languages, with the version's date, the source, the
grade and the date of the text."""

from __future__ import annotations

from html import unescape

import pytest

from app.formats import long_date
from app.law import get_registry
from app.pages.facts import LABELS
from tests.law.quoted import QUOTED_FROM_EXPORT

LAWYERS = {"fr": "pour-les-juristes", "en": "for-lawyers"}
CHECKED = {"fr": "vérifié le 13 juillet 2025", "en": "checked on 13 July 2025"}
GRADE = {"fr": "fiabilité A", "en": "reliability grade A"}
SINCE = {"fr": "en vigueur depuis le {d}", "en": "in force since {d}"}


def _for_lawyers(app, lang: str, rule_id: str) -> str:
    page = app.extensions["recours.site"].get(lang, f"offence-{rule_id}")
    assert page is not None
    return page.html.split(f'<h2 id="{LAWYERS[lang]}"', 1)[1]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("rule_id", QUOTED_FROM_EXPORT)
def test_the_offence_page_quotes_its_article_with_date_and_source(app, rule_id, lang):
    rule = get_registry().offence(rule_id)
    html = _for_lawyers(app, lang, rule_id)
    opening = f'<blockquote lang="fr" cite="{rule.url}">'
    assert html.count(opening) == 1, "one quotation of the article, marked as French"
    quoted = unescape(html.split(opening, 1)[1].split("</blockquote>", 1)[0])
    for paragraph in rule.current.text["fr"].split("\n\n"):
        assert f"<p>{paragraph}</p>" in quoted
    source = unescape(html.split('<p class="source">', 1)[1].split("</p>", 1)[0])
    assert SINCE[lang].format(d=long_date(rule.current.start, lang)) in source
    assert "Légifrance" in source and rule.url in html
    assert GRADE[lang] in source and CHECKED[lang] in source
    assert unescape(LABELS["no_text"][lang]) not in unescape(html)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_lawyers_page_lists_them_among_the_quoted_articles(app, lang):
    page = app.extensions["recours.site"].get(lang, "lawyers")
    text = unescape(page.html)
    listed = text.split("Code pénal", 1)[0].rsplit("articles ", 1)[1]
    assert set(QUOTED_FROM_EXPORT) <= {a.strip() for a in listed.split(",")}
    assert "223-1-1, seuls" not in text and "223-1-1, only" not in text
