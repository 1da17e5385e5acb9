"""A version's start is called a coming into force only when it is one: a checked text's date or a
date borrowed from another article says what it is, in the source line, the version history, the
lawyers' table and the content functions."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest

from app.law import get_registry
from app.pages.facts import ContentFunctionError, ContentFunctions
from tests.conftest import FACTS_ON

IN_FORCE = {"fr": r"(?:en vigueur depuis le|Du|Depuis le) {d}",
            "en": r"(?:in force since|From|Onwards from) {d}"}

# (block, article, facts date, language, must not say, must say)
CASES = [
    ("quote", "226-2", FACTS_ON, "en", "in force since 1 August 2020",
     "Version held from 1 August 2020"),
    ("quote", "226-2", FACTS_ON, "fr", "en vigueur depuis le 1er août 2020",
     "Version retenue à partir du 1er août 2020"),
    ("table", "226-2", FACTS_ON, "en", "in force since 1 August 2020", "held from 1 August 2020"),
    ("table", "226-2", FACTS_ON, "fr", "en vigueur depuis le 1er août 2020",
     "retenue à partir du 1er août 2020"),
    ("quote", "312-10", dt.date(2023, 6, 1), "en", "in force since 4 April 2023",
     "Text as checked on 4 April 2023"),
    ("quote", "312-10", dt.date(2023, 6, 1), "fr", "en vigueur depuis le 4 avril 2023",
     "Texte tel que vérifié au 4 avril 2023"),
    ("table", "312-10", dt.date(2023, 6, 1), "en", "in force since 4 April 2023",
     "text as checked on 4 April 2023"),
    ("table", "312-10", dt.date(2023, 6, 1), "fr", "en vigueur depuis le 4 avril 2023",
     "texte tel que vérifié au 4 avril 2023"),
    ("history", "312-10", FACTS_ON, "en", "From 4 April 2023",
     "Text as checked on 4 April 2023 (the date this version came into force is unknown), "
     "until 22 May 2024"),
    ("history", "312-10", FACTS_ON, "fr", "Du 4 avril 2023",
     "Texte tel que vérifié au 4 avril 2023 (date d'entrée en vigueur de cette version inconnue), "
     "jusqu'au 22 mai 2024"),
    ("quote", "226-8-1", FACTS_ON, "en", "Version held from",
     "Version in force since 23 May 2024 ·"),
    ("quote", "226-8-1", FACTS_ON, "fr", "Version retenue",
     "Version en vigueur depuis le 23 mai 2024 ·"),
    ("table", "226-3-1", FACTS_ON, "en", "held from",
     "in force since 6 August 2018 (date to be checked)"),
    ("history", "226-8", FACTS_ON, "en", "Text as checked", "From 1 January 2002 to 22 May 2024"),
]


def _text(block: str, rule_id: str, on: dt.date, lang: str) -> str:
    fn = ContentFunctions(lang, on, lambda key: key)
    html = {"quote": fn.quote, "history": fn.history}[block](rule_id) if block != "table" \
        else fn.offences_table()
    if block == "table":
        article = re.escape(get_registry().offence(rule_id).article)
        row = re.search(rf">{article}</a></th>(.*?)</tr>", str(html), re.S)
        assert row, rule_id
        html = row.group(1)
    return unescape(re.sub(r"<[^>]+>", "", str(html))).replace("\u00a0", " ")


@pytest.mark.parametrize(("block", "rule_id", "on", "lang", "wrong", "right"), CASES)
def test_a_start_reads_as_what_it_is(block, rule_id, on, lang, wrong, right):
    text = _text(block, rule_id, on, lang)
    assert wrong.replace("\u00a0", " ") not in text
    assert right.replace("\u00a0", " ") in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_block_calls_a_start_that_is_not_one_a_coming_into_force(lang):
    from app.formats import long_date

    for rule in get_registry().all():
        for version in rule.versions:
            if version.in_force_since is not None:
                continue
            said = re.compile(IN_FORCE[lang].format(d=re.escape(long_date(version.start, lang))))
            on = version.start
            texts = [_text("quote", rule.id, on, lang), _text("history", rule.id, on, lang)]
            if rule.kind == "offence":
                texts.append(_text("table", rule.id, on, lang))
            for text in texts:
                assert not said.search(text), (rule.id, version.start, lang)


def test_since_is_the_coming_into_force_of_the_version_applying():
    fn = ContentFunctions("en", FACTS_ON, lambda key: key)
    assert fn.since("223-1-1") == "23 March 2024"
    assert fn.since("226-8-1") == "23 May 2024"
    with pytest.raises(ContentFunctionError, match="held_from"):
        fn.since("226-2")
    with pytest.raises(ContentFunctionError, match="text_checked"):
        ContentFunctions("fr", dt.date(2023, 6, 1), lambda key: key).since("312-10")


def test_created_is_the_first_coming_into_force():
    fn = ContentFunctions("fr", FACTS_ON, lambda key: key)
    assert fn.created("223-1-1") == "26 août 2021"
    assert fn.created("226-8-1") == "23 mai 2024"
    for held_after_creation in ("226-8", "226-1", "312-10", "226-2"):
        with pytest.raises(ContentFunctionError, match="does not hold"):
            fn.created(held_after_creation)


@pytest.mark.parametrize(("lang", "key", "said"), [
    ("en", "offence-223-1-1", "our data gives 26 August 2021 as its start"),
    ("fr", "offence-223-1-1", "nos données retiennent le 26 août 2021 comme date de départ"),
])
def test_the_doxxing_page_dates_the_creation_not_the_current_version(app, lang, key, said):
    page = app.extensions["recours.site"].get(lang, key)
    text = unescape(re.sub(r"<[^>]+>", "", page.html)).replace("\u00a0", " ")
    assert said in text
