"""One grade per statement in the lawyers' blocks: a version's dating and its quoted words each
carry their own grade when the sources differ; earlier versions are quoted with their dates and
source; the history table has a row per version of each Code pénal article."""

from __future__ import annotations

import re
from html import unescape

import pytest

from app.law import get_registry
from app.pages.facts import ContentFunctions
from tests.conftest import FACTS_ON


def _fn(lang: str) -> ContentFunctions:
    return ContentFunctions(lang, FACTS_ON, lambda key: f"/{lang}/{key}")


def _source(html) -> str:
    found = re.search(r'<p class="source">(.*?)</p>', str(html), re.S).group(1)
    return unescape(re.sub(r"<[^>]+>", "", found)).replace("\u00a0", " ")


@pytest.mark.parametrize(("lang", "date_said", "text_said"), [
    ("en", "reliability grade of this date: C", "reliability grade of the text quoted: A"),
    ("fr", "fiabilité de cette date : C", "fiabilité du texte cité : A"),
])
def test_a_date_less_sure_than_its_words_says_both_grades(lang, date_said, text_said):
    # 312-10's third paragraph: dated by one secondary source, worded as in the official export.
    source = _source(_fn(lang).quote("312-10"))
    assert date_said in source and text_said in source
    assert source.index(date_said) < source.index("Légifrance") < source.index(text_said)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_equal_grades_are_said_once(lang):
    for rule_id, grade in (("226-8-1", "A"), ("222-22", "B")):
        source = _source(_fn(lang).quote(rule_id))
        assert len(re.findall(r"\b[ABCU]\b", source.split("·", 1)[1])) == 1, (rule_id, source)
        assert re.search(rf"(?:fiabilité|reliability grade) {grade}\b", source), rule_id


def test_the_222_22_text_is_graded_b_as_read_from_a_secondary_copy():
    version = get_registry().offence("222-22").current
    assert (version.grade, version.text_grade) == ("B", "B")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_history_grades_dates_and_aggravations_where_weaker(lang):
    text = unescape(re.sub(r"<[^>]+>", " ", str(_fn(lang).history("312-10")))).replace(
        "\u00a0", " ")
    said = "fiabilité de ces dates : C" if lang == "fr" else "reliability grade of these dates: C"
    assert text.count(said) == 1
    row = "(fiabilité C)" if lang == "fr" else "(reliability grade C)"
    assert text.count(row) == 1, "the online aggravation, dated by one source"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_earlier_versions_are_quoted_with_dates_source_and_grades(lang):
    html = str(_fn(lang).earlier_quotes())
    figures = re.findall(r'<figure class="law-quote earlier">(.*?)</figure>', html, re.S)
    expected = [(rule, version) for rule in get_registry().all() for version in rule.versions
                if version.end and version.end < FACTS_ON and version.text.get("fr")]
    assert len(figures) == len(expected) >= 4
    for figure, (rule, version) in zip(figures, expected, strict=True):
        assert f'<blockquote lang="fr" cite="{rule.url}">' in figure
        first = version.text["fr"].split("\n")[0]
        assert unescape(first) in unescape(figure)
        source = _source(figure)
        assert ("2024" in source or "2025" in source), source
    eight = str(_fn(lang).earlier_quotes("226-8"))
    assert "article_lc/LEGIARTI000006417938" in eight, "the 2002-2024 version's own page"
    assert "le fait de publier" in unescape(eight)
    assert ("Du 1er janvier 2002 au 22 mai 2024" if lang == "fr"
            else "From 1 January 2002 to 22 May 2024") in unescape(eight)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_history_table_has_a_row_per_version_of_each_code_penal_article(lang):
    html = str(_fn(lang).history_table())
    groups = re.findall(r"<tbody>(.*?)</tbody>", html, re.S)
    rules = [rule for rule in get_registry().all() if rule.code == "code_penal"]
    assert len(groups) == len(rules)
    for group, rule in zip(groups, rules, strict=True):
        assert f'rel="external">{rule.article}</a></th>' in group
        rows = group.count("<tr>")
        assert rows == len(rule.versions) + (1 if rule.earlier_versions else 0), rule.id
    quoted = "oui, fiabilité" if lang == "fr" else "yes, reliability grade"
    assert quoted in html
