"""How to keep proof of a post on each platform: optional, strictly loaded, sourced and graded data,
shown on each platform's page before the reporting steps, and linked from the evidence page."""

from __future__ import annotations

import pytest

from app.services.platforms import all_platforms, get
from tests.conftest import localized, parse, without_phone_links
from tests.services.platform_entries import VALID, changed, write

EVIDENCE = {"fr": ["Copiez le lien."], "en": ["Copy the link."], "sources": ["https://example.org"],
            "grade": "B"}
APPS = ("x", "instagram", "tiktok", "snapchat", "telegram", "discord")


@pytest.mark.parametrize(("evidence", "words"), [
    ({**EVIDENCE, "grade": "Z"}, "grade"),
    ({**EVIDENCE, "sources": []}, "sources"),
    ({**EVIDENCE, "en": ["One.", "Two."]}, "same number"),
    ({"fr": ["Un."], "en": ["One."]}, "keys"),
    ({**EVIDENCE, "sources": ["example.org"]}, "URL"),
])
def test_a_malformed_evidence_entry_is_refused(tmp_path, evidence, words):
    from app.services.platforms import load_platforms

    with pytest.raises(ValueError, match=words) as error:
        load_platforms(write(tmp_path, [changed(evidence=evidence)]))
    assert "'evidence'" in str(error.value)


def test_evidence_is_optional_and_an_unverified_one_may_have_no_source(tmp_path):
    from app.services.platforms import load_platforms

    loaded = load_platforms(write(tmp_path, [VALID, changed(
        id="other", evidence={**EVIDENCE, "sources": [], "grade": "U"})]))
    assert loaded[0].evidence is None and loaded[1].evidence.grade == "U"


@pytest.mark.parametrize("platform_id", APPS)
def test_the_apps_people_use_say_how_to_keep_proof(platform_id):
    evidence = get(platform_id).evidence
    assert evidence is not None and evidence.sources
    assert len(evidence.steps["fr"]) == len(evidence.steps["en"])


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("platform_id", APPS)
def test_each_platform_page_shows_its_evidence_steps_first(client, lang, platform_id):
    html = without_phone_links(
        client.get(localized(f"/{lang}/platforms/{platform_id}")).get_data(as_text=True))
    anchor = {"fr": "preuves", "en": "evidence"}[lang]
    assert f'id="{anchor}"' in html
    assert html.index(f'id="{anchor}"') < html.index('id="report"')
    for step in get(platform_id).evidence.steps[lang]:
        assert step.replace("'", "&#39;").replace('"', "&#34;") in html
    assert parse(html).h1 == 1


def test_a_platform_without_evidence_data_says_what_to_do_anyway(client):
    without = next(p for p in all_platforms() if p.evidence is None)
    html = client.get(localized(f"/fr/platforms/{without.id}")).get_data(as_text=True)
    assert "Copier le lien" in html and 'id="preuves"' in html


def test_the_evidence_page_links_each_app_to_its_proof_steps(app):
    site = app.extensions["recours.site"]
    for lang, anchor in (("fr", "preuves"), ("en", "evidence")):
        html = site.get(lang, "evidence").html
        for platform_id in APPS:
            assert f'href="{localized(f"/{lang}/platforms/{platform_id}")}#{anchor}"' in html


def test_a_constat_is_never_suggested_for_an_image_of_a_minor(app):
    site = app.extensions["recours.site"]
    for lang, never in (("fr", "Jamais pour une image de mineur"),
                        ("en", "Never for an image of a minor")):
        html = site.get(lang, "evidence").html
        constat = html.split('id="constat"', 1)[1].split("<h2", 1)[0]
        assert never in constat
