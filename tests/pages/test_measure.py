"""The content measures (app/pages/measure.py): how words and sentences are counted, what an
action link is, where the lawyers' section starts, and the command that reports them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.pages.measure import (
    LAWYERS_SECTION,
    THRESHOLDS,
    action_link_test,
    measure_page,
    measure_site,
    measure_text,
    readability,
    sentences,
    words,
)
from app.pages.render import Page
from tests.conftest import localized


def page(html: str, lang: str = "en", key: str = "sample", section: str = "offences",
         audience=("victims", "lawyers"), summary: str = "One two three four five.") -> Page:
    meta = {"key": key, "slug": key, "title": "T", "summary": summary, "audience": list(audience),
            "section": section, "order": 1, "updated": dt.date(2026, 1, 1), "legal_refs": []}
    return Page(key, lang, key, meta, html)


@pytest.mark.parametrize(("text", "count"), [
    ("l'image n'est pas à vous", 5),            # an elided word stays one word
    ("article 226-8-1 — 60\u00a0000 € d'amende", 4),  # dashes and € are not words; 60 000 is one
    ("« Que faire\u00a0? »", 2),
    ("", 0),
])
def test_words_are_what_stands_between_spaces(text, count):
    assert len(words(text)) == count


@pytest.mark.parametrize(("text", "expected"), [
    ("Keep the evidence. Then report it! Who can help? The 3018.",
     ["Keep the evidence.", "Then report it!", "Who can help?", "The 3018."]),
    ("Vous pouvez porter plainte\u00a0? Oui. « Ce n'est pas votre faute. » Ensuite, agissez.",
     ["Vous pouvez porter plainte\u00a0?", "Oui.", "« Ce n'est pas votre faute. »",
      "Ensuite, agissez."]),
    ("Ask a lawyer, e.g. through France Victimes. See art. 226-8-1 of the code.",
     ["Ask a lawyer, e.g. through France Victimes.", "See art. 226-8-1 of the code."]),
    ("Version 2.0 is out; the end comes later", ["Version 2.0 is out; the end comes later"]),
])
def test_sentences_end_at_a_stop_before_a_capital(text, expected):
    assert sentences(text) == expected


def test_labels_and_headings_count_in_words_but_are_not_sentences():
    measured = measure_text([("heading", "What the law covers"), ("text", "Yes"),
                             ("text", "This sentence has five words."),
                             ("text", " ".join(["word"] * 26) + ".")], "en")
    assert measured.words == 4 + 1 + 5 + 26
    assert measured.sentences == 2
    assert measured.mean_sentence == 15.5
    assert measured.share_over_25 == 0.5


def test_nothing_to_read_gives_no_score():
    measured = measure_text([("heading", "Only a heading")], "fr")
    assert (measured.sentences, measured.mean_sentence, measured.readability) == (0, 0.0, None)


def test_french_score_is_kandel_moles_and_english_flesch():
    """textstat's constants per language: a change of them in an upgrade fails here."""
    from textstat.textstat import textstatistics

    text = ["Le chat dort sur le tapis rouge.", "Il fait très beau aujourd'hui dans le jardin."]
    joined = " ".join(text)
    for lang, (base, per_word, per_syllable) in {"fr": (207, 1.015, 73.6),
                                                 "en": (206.835, 1.015, 84.6)}.items():
        counter = textstatistics()
        counter.set_lang(lang)
        wps = counter.lexicon_count(joined) / counter.sentence_count(joined)
        spw = counter.syllable_count(joined) / counter.lexicon_count(joined)
        assert readability(text, lang) == round(base - per_word * wps - per_syllable * spw, 1)
    assert readability(text, "fr") != readability(text, "en")


def test_lawyers_section_is_measured_apart_and_quotations_and_drawings_are_left_out(app):
    html = ("<h2 id=\"covers\">What it covers</h2><p>Short words for you to read here.</p>"
            f"<h2 id=\"{LAWYERS_SECTION['en']}\">For lawyers</h2>"
            "<p>Lawyers read this long sentence about the case law here.</p>"
            "<blockquote lang=\"fr\" cite=\"https://x\"><p>Le texte officiel ne compte pas "
            "du tout ici.</p></blockquote><svg><desc>A drawing says nothing here</desc></svg>"
            "<h2 id=\"more\">More</h2><p>Back to words for everyone now.</p>")
    measured = measure_page(page(html), action_link_test(app, "en"))
    assert measured.victims.sentences == 3  # the summary and two paragraphs
    assert measured.lawyers.sentences == 1
    assert measured.lawyers.words == 2 + 10
    french = page(html.replace(LAWYERS_SECTION["en"], LAWYERS_SECTION["fr"]), lang="fr")
    assert measure_page(french, action_link_test(app, "fr")).lawyers.sentences == 1


@pytest.mark.parametrize(("href", "action"), [
    ("tel:3018", True), ("sms:114", True), ("mailto:victimes@france-victimes.fr", True),
    ("/en/complaint", True), ("/en/qualify", True), ("/en/action", True),
    ("/en/platforms/instagram", True), ("/en/help-near-you", True), ("/en/services", True),
    ("/en/what-to-do", True), ("/en/evidence", True), ("/en/removal", True),
    ("/en/filing-a-complaint#steps", True),
    ("https://3018.fr", True), ("https://www.pointdecontact.net", True),
    ("https://www.internet-signalement.gouv.fr", True),
    ("/en/glossary#delit", False), ("/en/time-limits", False), ("/en/minors", False),
    ("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049567458", False),
    (localized("/fr/complaint"), False), ("#steps", False), ("", False),
])
def test_action_links(app, href, action):
    assert action_link_test(app, "en")(href) is action


def test_first_action_is_the_share_of_the_page_read_before_it(app):
    html = ("<p>" + " ".join(["word"] * 14) + ".</p>"
            "<p>Then <a href=\"/en/glossary\">a word</a> and <a href=\"tel:3018\">call</a>.</p>"
            "<p>" + " ".join(["more"] * 15) + ".</p>")
    measured = measure_page(page(html), action_link_test(app, "en"))
    # 5 words of summary + 14 + "Then a word and" = 23 words before, of 5 + 14 + 5 + 15 = 39
    assert measured.first_action == round(23 / 39, 3)
    assert measure_page(page("<p>No link at all in this page.</p>"),
                        action_link_test(app, "en")).first_action is None


def test_only_victim_facing_pages_are_held_to_the_thresholds(app):
    long = "<p>" + " ".join(["word"] * 30) + ".</p>"
    is_action = action_link_test(app, "en")
    victims = measure_page(page(long), is_action)
    assert len(victims.failures()) == 3  # mean, share over 25, no action link
    for section, audience in (("educators", ("victims", "educators")), ("offences", ("lawyers",))):
        assert measure_page(page(long, section=section, audience=audience),
                            is_action).failures() == []
    guide = measure_page(page(long, section="guides"), is_action)
    assert [f for f in guide.failures() if "action" in f] == []  # not an offence page


def test_every_page_is_measured_in_both_languages(app):
    measures = measure_site(app)
    site = app.extensions["recours.site"]
    assert {(m.lang, m.key) for m in measures} == {(p.lang, p.key) for p in site.pages}
    offence_pages = [m for m in measures if m.key.startswith("offence-")]
    assert offence_pages and all(m.offence_page and m.lawyers and m.lawyers.sentences
                                 for m in offence_pages)
    assert all(not m.victim_facing for m in measures if m.key in ("lawyers", "educators"))
    assert all(m.victims.readability is not None for m in measures if m.victim_facing)


def test_measure_command_reports_json_and_checks(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["content", "measure", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["thresholds"] == THRESHOLDS
    assert set(report["medians"]) == {"fr", "en"}
    assert {"key", "lang", "victims", "lawyers", "first_action", "failures"} <= set(
        report["pages"][0])
    checked = runner.invoke(args=["content", "measure", "--check", "--lang", "fr"])
    failing_fr = any(entry["failures"] for entry in report["pages"] if entry["lang"] == "fr")
    assert checked.exit_code == (1 if failing_fr else 0), checked.output
    assert "victim-facing page(s) miss a threshold" in checked.output
    assert "[fr]" in checked.output and "[en]" not in checked.output
