"""The real content: twins in both languages, facts only from the law data, a clean check."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.formats import euros, penalty_text
from app.law import get_registry
from app.pages.check import check_site, content_files, typed_penalties
from tests.conftest import FACTS_ON, localized_links

ROOT = Path(__file__).resolve().parents[2]
REQUIRED_KEYS = {"home", "what-to-do", "offence-226-8-1", "staying-safe"}


def test_every_page_has_its_twin(app):
    site = app.extensions["recours.site"]
    fr = {p.key for p in site.pages if p.lang == "fr"}
    en = {p.key for p in site.pages if p.lang == "en"}
    assert fr == en
    assert fr >= REQUIRED_KEYS


def test_content_check_is_clean(app):
    report = check_site(app.extensions["recours.site"], ("fr", "en"), FACTS_ON)
    assert report.errors == []


def test_no_penalty_is_typed_by_hand_in_content_or_templates():
    files = content_files(ROOT / "content") + sorted((ROOT / "app" / "templates").rglob("*.html"))
    assert typed_penalties(files) == []


TYPED = [
    # amounts
    "jusqu'à 60 000 € d'amende", "a €60,000 fine", "15000 euros", "45 k€", "45k€", "€45k",
    "1 million d'euros", "15 mille euros", "EUR 45 000", "45 000 EUR", "75\u00a0000\u00a0€",
    # French prison terms, in figures or in words
    "2 ans d'emprisonnement", "1 an d’emprisonnement", "deux ans d'emprisonnement",
    "3 ans de prison", "un an de prison", "six mois d'emprisonnement", "cinq ans de prison ferme",
    "trois ans de réclusion", "emprisonnement de deux ans", "7\u00a0ans d'emprisonnement",
    # English prison terms
    "3 years' imprisonment", "two years in prison", "five years in jail", "a year in prison",
    "a two-year prison sentence", "imprisonment for up to three years",
    "a prison sentence of 5 years", "ten years behind bars", "half a year in jail",
]
NOT_PENALTIES = [
    "moins de 15 ans", "under 15", "18 years or over", "10 ans à compter de la majorité",
    "six years from the offence", "deux ans après les faits", "two years after the facts",
    "a year ago", "3 mois après la plainte", "within one month", "la prison", "in 2024, the law",
]


@pytest.mark.parametrize("line", TYPED)
def test_the_typed_penalty_detector_catches_hand_written_penalties(tmp_path, line):
    sample = tmp_path / "x.md"
    sample.write_text(f"Texte {line}.\n", encoding="utf-8")
    assert typed_penalties([sample])


@pytest.mark.parametrize("line", NOT_PENALTIES)
def test_the_typed_penalty_detector_leaves_ages_and_time_limits_alone(tmp_path, line):
    sample = tmp_path / "x.md"
    sample.write_text(f"Texte {line}.\n", encoding="utf-8")
    assert typed_penalties([sample]) == []


def test_a_marked_quotation_of_the_official_text_may_state_a_penalty(tmp_path):
    quoted = ('<blockquote lang="fr" cite="https://www.legifrance.gouv.fr/x">\n'
              "<p>… est puni de deux ans d'emprisonnement et de 30 000 € d'amende.</p>\n"
              "</blockquote>\n")
    sample = tmp_path / "x.md"
    sample.write_text(quoted + "Then 3 ans de prison.\n", encoding="utf-8")
    assert typed_penalties([sample]) == [f"{sample}:4: penalty typed by hand: '3 ans de prison'"]
    # Not a quotation: no language, no cited source, or a plain Markdown quote.
    for unmarked in ("<blockquote>", '<blockquote lang="fr">', "> "):
        sample.write_text(f"{unmarked}deux ans d'emprisonnement\n", encoding="utf-8")
        assert typed_penalties([sample]), unmarked


def test_pages_show_the_penalty_held_in_the_law_data(client):
    penalty = get_registry().penalty_at("226-8-1", FACTS_ON)
    for lang, url in (("fr", "/fr/deepfake-sexuel-226-8-1"), ("en", "/en/sexual-deepfake-226-8-1")):
        html = client.get(url).get_data(as_text=True)
        assert euros(penalty.fine_eur, lang) in html
        assert penalty_text(penalty.prison_years, penalty.fine_eur, lang).replace("'", "&#39;") \
            in html.replace("'", "&#39;")


def test_content_check_reports_a_missing_twin_and_a_broken_link(app):
    from app.pages.render import Page, Site

    site = app.extensions["recours.site"]
    extra = Page("lonely", "fr", "seul", {**site.get("fr", "home").meta, "legal_refs": ["0-0"]},
                 '<a href="/fr/nulle-part">x</a>')
    report = check_site(Site([*site.pages, extra]), ("fr", "en"), FACTS_ON)
    text = "\n".join(report.errors)
    assert "'lonely' exists in 'fr' but not in 'en'" in text
    assert "broken link to /fr/nulle-part" in text
    assert "unknown legal reference '0-0'" in text


def test_stale_checks_are_warnings(app):
    report = check_site(app.extensions["recours.site"], ("fr", "en"),
                        FACTS_ON + dt.timedelta(days=3 * 365))
    assert report.warnings and all("last checked" in w for w in report.warnings)
    assert report.errors == []
    kinds = {w.split(" ", 1)[0] for w in report.warnings}
    assert kinds == {"law", "service", "platform"}


def test_services_and_platforms_checked_within_a_year_raise_no_warning(app):
    from app.pages.check import stale_directory_entries
    from app.services.directory import all_services
    from app.services.platforms import all_platforms

    latest = max(e.checked_on for e in (*all_services(), *all_platforms()))
    oldest = min(e.checked_on for e in (*all_services(), *all_platforms()))
    assert stale_directory_entries(oldest + dt.timedelta(days=365)) == []
    stale = stale_directory_entries(latest + dt.timedelta(days=366))
    assert len(stale) == len(all_services()) + len(all_platforms())


def test_glossary_anchors_match_in_both_languages(app):
    site = app.extensions["recours.site"]
    ids = {lang: set(re.findall(r'<h2 id="([^"]+)"', site.get(lang, "glossary").html))
           for lang in ("fr", "en")}
    assert ids["fr"] == ids["en"] and len(ids["fr"]) >= 6


GLOSSARY_LINK = re.compile(r'href="/(fr|en)/(?:glossaire|glossary)#([^"]+)"')


def test_every_glossary_term_is_linked_from_another_page(app):
    site = app.extensions["recours.site"]
    for lang in ("fr", "en"):
        glossary = site.get(lang, "glossary")
        terms = set(re.findall(r'<h2 id="([^"]+)"', glossary.html))
        linked = {anchor for page in site.pages if page.lang == lang and page.key != "glossary"
                  for link_lang, anchor in GLOSSARY_LINK.findall(page.html) if link_lang == lang}
        assert terms - linked == set(), f"{lang}: glossary terms no page links to"
        assert linked - terms == set(), f"{lang}: links to glossary anchors that do not exist"


def test_every_offence_of_the_law_data_has_its_page_in_both_languages(app):
    site = app.extensions["recours.site"]
    offences = [rule.id for rule in get_registry().all() if rule.kind == "offence"]
    assert offences
    for lang in ("fr", "en"):
        missing = [rule_id for rule_id in offences if site.get(lang, f"offence-{rule_id}") is None]
        assert missing == [], f"{lang}: offences without a page"


LAWYERS = {"fr": "pour-les-juristes", "en": "for-lawyers"}


def test_offence_pages_go_summary_then_details_then_for_lawyers(app):
    site = app.extensions["recours.site"]
    for page in (p for p in site.pages if p.key.startswith("offence-")):
        rule_id = page.key.removeprefix("offence-")
        assert page.meta["summary"].strip(), page.url
        headings = re.findall(r'<h2 id="([^"]+)"', page.html)
        assert len(headings) >= 2, f"{page.url}: no details before the part for lawyers"
        assert headings[-1] == LAWYERS[page.lang], f"{page.url}: does not end with it"
        assert headings.count(LAWYERS[page.lang]) == 1, page.url
        for_lawyers = page.html.split(f'<h2 id="{LAWYERS[page.lang]}"', 1)[1]
        assert '<figure class="law-quote">' in for_lawyers, f"{page.url}: no quotation block"
        assert rule_id in page.meta["legal_refs"], page.url


def test_rendered_offence_pages_show_the_summary_first(client, app):
    site = app.extensions["recours.site"]
    for page in (p for p in site.pages if p.key.startswith("offence-")):
        html = client.get(page.url).get_data(as_text=True)
        summary = html.index('<p class="summary">')
        assert html.index("<h1") < summary < html.index('<div class="prose">'), page.url


def test_no_penalty_list_repeats_a_label(app):
    from app.pages.blocks import penalty_rows
    from app.pages.facts import ContentFunctions

    for lang in ("fr", "en"):
        fn = ContentFunctions(lang, FACTS_ON, lambda key: key)
        for rule in get_registry().all():
            for version in rule.versions:
                labels = [label for label, _ in penalty_rows(fn, version)]
                duplicates = {label for label in labels if labels.count(label) > 1}
                assert not duplicates, f"{rule.id} from {version.start} ({lang}): {duplicates}"


def test_rendered_penalty_lists_have_no_repeated_row(app):
    site = app.extensions["recours.site"]
    for page in site.pages:
        for block in re.findall(r'<div class="penalties"><ul>(.*?)</ul>', page.html, re.S):
            rows = re.findall(r"<li>(.*?)</li>", block, re.S)
            labels = [re.split(r"\u00a0?:", row, maxsplit=1)[0] for row in rows]
            assert len(labels) == len(set(labels)), f"{page.url}: {labels}"


FIRST_STEPS = {"fr": "si-cela-vous-arrive", "en": "if-this-is-happening"}
REQUIRED = {"fr": "la justice ne peut agir que si vous portez plainte",
            "en": "the justice system can act only if you file a complaint"}


def test_offence_pages_open_with_what_to_do(app):
    """After the summary, every offence page's first section says what to do, with the tools
    linked; whether the victim's complaint is needed is the law data's answer (226-6)."""
    site = app.extensions["recours.site"]
    for page in (p for p in site.pages if p.key.startswith("offence-")):
        rule = get_registry().offence(page.key.removeprefix("offence-"))
        first = re.search(r'<h2 id="([^"]+)"', page.html)
        assert first.group(1) == FIRST_STEPS[page.lang], page.url
        section = page.html[first.end():].split("<h2", 1)[0]
        assert '<div class="first-steps">' in section, page.url
        for tool in ("complaint", "action", "qualify"):
            link = localized_links(f'class="tool-link" href="/{page.lang}/{tool}"')
            assert link in section, (page.url, tool)
        assert (REQUIRED[page.lang] in section) == rule.complaint_required, page.url


def test_first_steps_for_images_of_minors_never_ask_to_keep_the_image(app):
    from app.pages.facts import ContentFunctions

    for lang, never in (("fr", "Ne transférez pas l'image"), ("en", "Do not forward")):
        fn = ContentFunctions(lang, FACTS_ON, lambda key, lang=lang: f"/{lang}/{key}")
        block = str(fn.first_steps("227-23", minor=True))
        assert never in block and "3018" in block
        assert "Faites des captures d'écran où" not in block
        assert "Take screenshots that" not in block
        with pytest.raises(ValueError):
            fn.first_steps("227-23", "pay_quickly")
