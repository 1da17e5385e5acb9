"""The index answers the words people actually type: accents or not, plural or not, typos, in
either language, and the excerpt marks the words found."""

from __future__ import annotations

import pytest

from app.search.index import SearchIndex
from app.search.text import fold, query_groups, stems
from tests.conftest import all_page_urls, localized

# (language, query, a page key expected among the first three results)
CASES = [
    ("fr", "plainte", "complaint"),
    ("fr", "porter plainte", "complaint"),
    ("fr", "plaite", "complaint"),  # typo
    ("fr", "deepfake", "sexual-deepfakes"),
    ("fr", "deepfakes", "sexual-deepfakes"),
    ("fr", "hypertrucage", "glossary"),
    ("fr", "revenge porn", "offence-226-2-1"),
    ("fr", "sextorsion", "sextortion"),
    ("fr", "harcelement", "offence-222-33-2-2"),  # no accent
    ("fr", "HARCÈLEMENT", "offence-222-33-2-2"),
    ("fr", "harcèlement scolaire", "offence-222-33-2-3"),
    ("fr", "226-8-1", "offence-226-8-1"),
    ("fr", "preuves", "evidence"),
    ("fr", "délai", "time-limits"),
    ("en", "complaint", "complaint"),
    ("en", "file a complaint", "complaint"),
    ("en", "complant", "complaint"),  # typo
    ("en", "plainte", "complaint"),  # the French word, quoted on the English page
    ("en", "deepfake", "sexual-deepfakes"),
    ("en", "hypertrucage", "glossary"),
    ("en", "revenge porn", "offence-226-2-1"),
    ("en", "sextortion", "sextortion"),
    ("en", "sextorsion", "sextortion"),  # French spelling
    ("en", "harassment", "offence-222-33-2-2"),
    ("en", "harassed", "offence-222-33-2-2"),  # stemming
    ("en", "evidence", "evidence"),
]


@pytest.fixture(scope="module")
def index(app) -> SearchIndex:
    return app.extensions["recours.search"]


@pytest.mark.parametrize(("lang", "query", "expected"), CASES)
def test_query_finds_the_page(index, lang, query, expected):
    result = index.search(lang, query)
    keys = [hit.page.key for hit in result.hits]
    assert expected in keys[:3], (query, keys[:5])
    assert all(hit.page.lang == lang for hit in result.hits)


def test_typo_is_reported_as_a_correction(index):
    assert index.search("fr", "plaite").corrections == {"plaite": "plainte"}
    assert index.search("fr", "plainte").corrections == {}


def test_title_weighs_more_than_body(index):
    """'plainte' is on most pages; the page titled with it comes first."""
    assert index.search("fr", "plainte").hits[0].page.key == "complaint"
    assert index.search("en", "sextortion").hits[0].page.key == "sextortion"


def test_excerpt_marks_the_words_found_whatever_their_accents(index):
    hit = next(h for h in index.search("fr", "harcelement").hits if h.excerpt)
    assert "<mark>harcèlement</mark>" in hit.excerpt.lower() or \
        "<mark>harcèlements</mark>" in hit.excerpt.lower()


def test_excerpt_is_escaped(index):
    for hit in index.search("en", "evidence").hits:
        if hit.excerpt:
            text = str(hit.excerpt).replace("<mark>", "").replace("</mark>", "")
            assert "<" not in text


def test_unknown_words_find_nothing(index):
    assert index.search("fr", "zzqxwv").hits == []
    assert index.search("en", "???").hits == []


def test_a_word_in_the_other_language_finds_this_language_s_twin(index):
    """'preuves' is no English word of the site: the French match is shown in English."""
    result = index.search("en", "preuves")
    assert result.lang == "fr"
    assert result.hits and all(hit.page.lang == "en" for hit in result.hits)
    assert result.hits[0].page.key == "evidence"
    assert index.search("fr", "preuves").lang == "fr"


def test_fts_syntax_in_a_query_is_only_words(index):
    for query in ['"', 'NEAR(a b)', "plainte OR", "* ^ :", "title:plainte", "a AND NOT b"]:
        index.search("fr", query)  # never raises


def test_folding_and_stemming():
    assert fold("Harcèlement") == "harcelement"
    assert fold("Œuvre") == "oeuvre"
    assert stems("fr", "harcèlements HARCELEMENT") == ["harcel", "harcel"]
    assert stems("en", "complaints complaint") == ["complaint", "complaint"]


def test_stop_words_are_dropped_unless_alone():
    assert query_groups("fr", "porter une plainte") == [["porter"], ["plainte"]]
    assert query_groups("fr", "le") == [["le"]]
    assert query_groups("fr", "article 226-8-1") == [["article"], ["226", "8", "1"]]


def test_every_page_of_both_languages_is_indexed(app, index):
    """Every GET page the site serves — content, tools, directories, each platform — once."""
    indexed = [page.url for lang in ("fr", "en") for page in index.pages[lang]]
    assert len(indexed) == len(set(indexed))
    assert sorted(indexed) == all_page_urls(app)
    assert {"/fr/plateformes/twitch", "/en/platforms/onlyfans",
            localized("/fr/services")} <= set(indexed)


def test_pages_of_each_language_are_paired(index):
    for page in index.pages["fr"]:
        assert index.twins[("en", page.key)].lang == "en", page.url


@pytest.mark.parametrize(("lang", "query", "url"), [
    ("fr", "twitch", "/fr/plateformes/twitch"),
    ("en", "onlyfans", "/en/platforms/onlyfans"),
    ("fr", "discord", "/fr/plateformes/discord"),
    ("en", "signaler tiktok", "/en/platforms/tiktok"),  # the French words, shown in English
    ("fr", "3018", localized("/fr/services")),
    ("en", "3018", "/en/services"),
    ("fr", "tribunal", "/fr/aide-pres-de-chez-vous"),
    ("en", "qualification API", "/en/api"),
])
def test_pages_beyond_the_content_are_found(index, lang, query, url):
    urls = [hit.page.url for hit in index.search(lang, query).hits]
    assert url in urls[:3], (query, urls[:5])


def test_a_rendered_page_is_indexed_with_its_title_summary_and_headings(index):
    page = index.twins[("fr", "/plateformes/twitch")]
    assert page.url == "/fr/plateformes/twitch" and page.title == "Signaler sur Twitch"
    assert page.summary and "Recours" not in page.title
    assert any("Twitch" in heading for heading in page.synonyms)
    assert "Aide urgente" not in page.text  # the site menu is not part of a page's words
