"""The real content: twins in both languages, facts only from the law data, a clean check."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.law import get_registry
from app.pages.check import check_site, content_files, typed_penalties
from app.pages.wording import euros, penalty_text
from tests.conftest import FACTS_ON

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


@pytest.mark.parametrize("line", [
    "jusqu'à 60 000 € d'amende", "2 ans d'emprisonnement", "a €60,000 fine",
    "3 years' imprisonment", "15000 euros", "1 an d’emprisonnement",
])
def test_the_typed_penalty_detector_catches_hand_written_penalties(tmp_path, line):
    sample = tmp_path / "x.md"
    sample.write_text(f"Texte {line}.\n", encoding="utf-8")
    assert typed_penalties([sample])


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


def test_glossary_anchors_match_in_both_languages(app):
    site = app.extensions["recours.site"]
    ids = {lang: set(re.findall(r'<h2 id="([^"]+)"', site.get(lang, "glossary").html))
           for lang in ("fr", "en")}
    assert ids["fr"] == ids["en"] and len(ids["fr"]) >= 6
