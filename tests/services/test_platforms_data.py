"""Platform reporting data: the strict loader refuses every malformed entry (naming the platform and
the field), and the real data is complete in both languages, sourced, and typographically French."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.services.platform_views import wording
from app.services.platforms import PROGRAMMES, all_platforms, get, load_platforms
from tests.services.platform_entries import VALID, changed, write

# (entry, field named in the error, words of the problem)
BROKEN = [
    (changed(checked_on=...), "checked_on", "missing"),
    (changed(checked_on=None), "checked_on", "missing"),
    (changed(checked_on="25/11/2026"), "checked_on", "not a date"),
    (changed(sources=...), "sources", "missing"),
    (changed(sources=[]), "sources", "needs a source"),
    (changed(verified=False, steps=None, sources=[]), "sources", "needs a source"),
    (changed(sources=["example.org"]), "sources", "URL"),
    (changed(menu_path="Settings"), "menu_path", "unknown field"),
    (changed(kind="forum"), "kind", "one of"),
    (changed(route="dsa"), "route", "one of"),
    (changed(verified="yes"), "verified", "true or false"),
    (changed(verified=False), "steps", "unverified entry"),
    (changed(steps=None), "steps", "verified entry"),
    (changed(steps={"fr": ["Un."], "en": ["One.", "Two."]}), "steps", "same number"),
    (changed(steps={"fr": ["Un."]}), "steps", "exactly the keys"),
    (changed(steps={"fr": [], "en": []}), "steps", "non-empty list"),
    (changed(pick={"fr": "Choisir"}), "pick", "exactly the keys"),
    (changed(pick={"fr": "", "en": "Pick"}), "pick", "empty 'fr'"),
    (changed(note={"fr": "Note", "en": " "}), "note", "empty 'en'"),
    (changed(programmes=["photodna"]), "programmes", "drawn from"),
    (changed(help_url="http://example.org"), "help_url", "https://"),
    (changed(grade="Z"), "grade", "one of"),
    (changed(name=""), "name", "non-empty"),
    (changed(take_it_down_act={"fr": "A.", "en": "A.", "sources": ["https://a.example/"],
                               "grade": "U", "checked_on": "2026-12-06"}),
     "take_it_down_act", "unverified claim is left out"),
    (changed(take_it_down_act={"fr": "A.", "en": "A.", "sources": [], "grade": "B",
                               "checked_on": "2026-12-06"}),
     "take_it_down_act", "non-empty list"),
    (changed(take_it_down_act={"fr": "A.", "en": "A.", "grade": "B",
                               "checked_on": "2026-12-06"}),
     "take_it_down_act", "expected the keys"),
    (changed(take_it_down_act={"fr": "A.", "en": "", "sources": ["https://a.example/"],
                               "grade": "B", "checked_on": "2026-12-06"}),
     "take_it_down_act", "empty 'en'"),
    (changed(take_it_down_act={"fr": "A.", "en": "A.", "sources": ["https://a.example/"],
                               "grade": "B", "checked_on": "soon"}),
     "take_it_down_act", "not a date"),
    (changed(take_it_down_act=True), "take_it_down_act", "expected the keys"),
]


@pytest.mark.parametrize(("entry", "field", "problem"), BROKEN)
def test_the_loader_names_the_platform_and_the_field(tmp_path, entry, field, problem):
    with pytest.raises(ValueError) as error:
        load_platforms(write(tmp_path, [entry]))
    message = str(error.value)
    assert "'example'" in message and f"field {field!r}" in message and problem in message


def test_the_loader_accepts_a_valid_entry_and_an_honest_unverified_one(tmp_path):
    unverified = changed(id="other", verified=False, steps=None, programmes=[], sources=[])
    loaded = load_platforms(write(tmp_path, [VALID, unverified]))
    assert [p.id for p in loaded] == ["example", "other"]
    assert loaded[0].checked_on == date(2026, 11, 25) and loaded[1].steps is None


def test_duplicate_ids_and_a_wrong_top_level_are_refused(tmp_path):
    with pytest.raises(ValueError, match="duplicate id"):
        load_platforms(write(tmp_path, [VALID, VALID]))
    path = tmp_path / "bad.yaml"
    path.write_text("services: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="top-level key 'platforms'"):
        load_platforms(path)


REQUIRED = {"instagram", "facebook", "tiktok", "snapchat", "x", "youtube", "reddit", "telegram",
            "discord", "whatsapp", "twitch", "onlyfans", "pornhub", "google", "bing"}


def test_every_required_platform_is_there():
    assert {p.id for p in all_platforms()} >= REQUIRED
    assert get("google").route == "search" and get("bing").route == "search"
    with pytest.raises(KeyError):
        get("myspace")


@pytest.mark.parametrize("platform", all_platforms(), ids=lambda p: p.id)
def test_every_platform_is_sourced_or_says_it_is_unverified(platform):
    assert platform.sources or not platform.verified
    assert platform.verified == (platform.steps is not None)
    if platform.programmes:
        assert platform.sources, "a programme membership needs a source"
    if not platform.verified:
        assert platform.note, "an unverified entry explains what is known"


@pytest.mark.parametrize("platform", all_platforms(), ids=lambda p: p.id)
def test_every_text_exists_in_both_languages_with_french_spacing(platform):
    texts = {"fr": [], "en": []}
    act = platform.take_it_down_act
    for lang in texts:
        texts[lang] += list(platform.steps[lang]) if platform.steps else []
        texts[lang] += [field[lang] for field in (platform.pick, platform.note,
                                                  act and act.basis) if field]
    assert len(texts["fr"]) == len(texts["en"])
    for text in texts["fr"]:
        assert not re.search(r"[^\s\u00a0(«]([:;!?])(?=\s|$)", text), text
        assert not re.search(r"« | [:;!?»]", text), text
    for text in texts["en"]:
        assert "\u00a0" not in text and "«" not in text, text


HASHING_SOURCES = {  # programme memberships the sources state (SWGfL / Aylo; NCMEC via the dossier)
    "stopncii": {"instagram", "facebook", "tiktok", "snapchat", "reddit", "onlyfans", "pornhub"},
    "takeitdown": {"instagram", "facebook", "onlyfans", "pornhub"},
}


def test_programme_memberships_are_exactly_the_sourced_ones():
    for programme in PROGRAMMES:
        members = {p.id for p in all_platforms() if programme in p.programmes}
        assert members == HASHING_SOURCES[programme], programme


# Platforms the sources say answer to the US TAKE IT DOWN Act (stored copies read on 6 December
# 2026): X's own page on requests under the Act; the operators the FTC wrote to on 11 May 2026
# about their duties under it (Meta for Instagram and Facebook, TikTok, Snapchat, Reddit,
# Discord); one guide naming YouTube. Telegram, WhatsApp, Twitch, OnlyFans, Pornhub and the
# search engines: no source seen, so no claim.
TAKE_IT_DOWN_ACT = {"x": "A", "instagram": "B", "facebook": "B", "tiktok": "B", "snapchat": "B",
                    "reddit": "B", "discord": "B", "youtube": "C"}


def test_the_take_it_down_act_is_claimed_only_where_the_sources_say_so():
    claimed = {p.id: p.take_it_down_act for p in all_platforms() if p.take_it_down_act}
    assert {pid: act.grade for pid, act in claimed.items()} == TAKE_IT_DOWN_ACT
    for act in claimed.values():
        assert act.checked_on == date(2026, 12, 6) and act.sources
    assert "https://help.x.com/en/rules-and-policies/us-tida" in claimed["x"].sources
    assert len(claimed["youtube"].sources) == 1  # grade C: one secondary source


def test_the_wording_has_the_same_keys_in_both_languages():
    fr, en = wording("fr"), wording("en")
    assert set(fr) == set(en)
    for key, text in fr.items():
        assert not re.search(r"[^\s\u00a0(«]([:;!?])(?=\s|$)", text), key
        assert not re.search(r"« | [:;!?»]", text), key
    for key, text in en.items():
        placeholders = set(re.findall(r"{(\w+)}", text))
        assert placeholders == set(re.findall(r"{(\w+)}", fr[key])), key
