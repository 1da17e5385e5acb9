"""Easy-read versions (European easy-to-read rules): each in French and English, linked from the
top of its original and back, short sentences, no abbreviations, the facts of the law data."""

from __future__ import annotations

import re

import pytest

from app.pages.facts import ContentFunctions
from app.pages.measure import action_link_test, measure_page, sentences, words
from tests.conftest import FACTS_ON

EASY_READ = {"what-to-do": "what-to-do-easy-read", "minors": "minors-easy-read"}
LANGS = ("fr", "en")
# Abbreviations a reader would have to know: capitals (URL, SMS, IA, CPE…) and shortened words.
ABBREVIATION = re.compile(r"\b[A-ZÀ-Ý]{2,}\b|\b(?:e\.g|i\.e|etc|cf|p\. ex|n°|ex)\.|\bvs\b")
LINK = re.compile(r"<a\b[^>]*>.*?</a>", re.S)
TAG = re.compile(r"<[^>]+>")


def reading_text(html: str) -> str:
    """The page's own words: tags dropped, and links too (service names come from the data)."""
    return TAG.sub(" ", LINK.sub(" ", html))


@pytest.fixture(scope="module")
def site(app):
    return app.extensions["recours.site"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("original", "easy"), EASY_READ.items())
def test_easy_read_page_is_linked_from_the_top_of_its_original_and_back(site, lang, original,
                                                                        easy):
    full, simple = site.get(lang, original), site.get(lang, easy)
    assert full is not None and simple is not None, f"{lang}: {easy} missing"
    assert simple.meta["easy_read"] is True
    first_paragraph = re.search(r"<p>(.*?)</p>", full.html, re.S).group(1)
    assert f'href="{simple.url}"' in first_paragraph, f"{full.url}: no link at the top"
    assert f'href="{full.url}"' in simple.html.split("<h2", 1)[0], f"{simple.url}: no way back"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("easy", EASY_READ.values())
def test_easy_read_sentences_are_short(app, site, lang, easy):
    page = site.get(lang, easy)
    measured = measure_page(page, action_link_test(app, lang))
    assert measured.victims.mean_sentence <= 10, measured.victims
    assert measured.victims.share_over_25 == 0
    text = re.sub(r"<(?:p|li|h2|h3)\b", "\n<p", page.html)
    longest = max((s for block in reading_blocks(text) for s in sentences(block)),
                  key=lambda s: len(words(s)))
    assert len(words(longest)) <= 20, longest


def reading_blocks(html: str) -> list[str]:
    return [" ".join(TAG.sub(" ", chunk).split()) for chunk in html.split("\n<p")]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("easy", EASY_READ.values())
def test_easy_read_has_no_abbreviation(site, lang, easy):
    page = site.get(lang, easy)
    text = reading_text(page.meta["summary"] + " " + page.html)
    assert ABBREVIATION.findall(text) == []


def test_the_abbreviation_check_can_fail():
    assert ABBREVIATION.findall(reading_text("<p>Notez l'URL, etc. Voir <a>SMS</a>.</p>")) == [
        "URL", "etc."]


@pytest.mark.parametrize("lang", LANGS)
def test_easy_read_pages_state_the_law_data_facts_of_their_originals(site, lang):
    functions = ContentFunctions(lang, FACTS_ON, lambda key: key)
    years = {"fr": "{} ans", "en": "{} years"}[lang].format
    facts = {"what-to-do": [years(functions.value("cpp-8", "years"))],
             "minors": [functions.penalty("227-23"), years(functions.value("cpp-8", "years")),
                        years(functions.value("cpp-8", "minor_years_from_majority"))]}
    for original, easy in EASY_READ.items():
        for fact in facts[original]:
            found = re.compile(r"[\s\u00a0\u202f]".join(map(re.escape, fact.split())))
            assert found.search(site.get(lang, original).html), (original, fact)
            assert found.search(site.get(lang, easy).html), (easy, fact)


@pytest.mark.parametrize("url", ["/fr/que-faire-facile-a-lire", "/en/what-to-do-easy-read",
                                 "/fr/mineurs-facile-a-lire", "/en/minors-easy-read"])
def test_easy_read_pages_are_laid_out_for_easy_reading(client, url):
    html = client.get(url).get_data(as_text=True)
    assert '<article class="content easy-read">' in html
