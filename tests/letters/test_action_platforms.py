"""The letters print platforms by the directory's name (app/services/data/platforms.yaml): every
platform the interview or the API offers, in both languages, read back from the file."""

from __future__ import annotations

import pytest

from app.interview.action.body import platform_choices
from app.letters import render
from app.letters.action import platform_names
from app.letters.action.platforms import display_name, engine
from app.letters.registry import letter as build
from app.services.platforms import all_platforms

from .action_bodies import TODAY, URLS, VICTIM
from .readback import squash, text_of

DIRECTORY = {p.id: p for p in all_platforms()}


def test_the_interview_offers_the_directory():
    words = {"questions": {"pack.platform": {"other": ""}}}
    offered = [pid for pid, _name in platform_choices("en", words) if pid != "other"]
    assert offered == list(DIRECTORY)
    assert platform_names() == {pid: p.name for pid, p in DIRECTORY.items()}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("pid", list(DIRECTORY))
def test_every_offered_platform_prints_its_name(pid, lang):
    platform = DIRECTORY[pid]
    kind = "delisting" if platform.route == "search" else "platform_notice"
    letter = build(kind, {"victim": VICTIM, "platform": pid, "target_urls": URLS,
                          "articles": ["226-8-1"], "letter_lang": lang}, TODAY)
    assert letter.addressee[0] == platform.name
    text = squash(text_of("txt", render(letter, "txt")))
    assert squash(platform.name) in text


@pytest.mark.parametrize(("typed", "printed"), [
    ("twitch", "Twitch"), ("  OnlyFans ", "OnlyFans"), ("PORNHUB", "Pornhub (Aylo)"),
    ("Google Search", "Google Search"), ("x", "X (Twitter)"), ("Mastodon", "Mastodon"),
    ("", ""),
])
def test_display_name(typed, printed):
    assert display_name(typed) == printed


@pytest.mark.parametrize(("typed", "route"), [
    ("google", "google"), ("Google Search", "google"), ("bing", "bing"),
    ("Microsoft Bing", "bing"), ("instagram", "other"), ("Qwant", "other"), ("", "other"),
])
def test_engine(typed, route):
    assert engine(typed) == route


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_google_form_names_in_the_letters_are_the_directorys(lang):
    """The delisting notes quote Google's forms by the names the platform directory holds."""
    import re

    from app.letters.action.wording import W

    steps = " ".join(DIRECTORY["google"].steps[lang] + (DIRECTORY["google"].pick[lang],))
    for key in ("note_google_fake", "note_google_real"):
        quoted = re.findall(r"« ([^»]+?) »|\"([^\"]+)\"", W[lang][key].replace("\u00a0", " "))
        names = [a or b for a, b in quoted]
        assert names, key
        for name in names:
            assert name in steps.replace("\u00a0", " ").replace("“", "\"").replace("”", "\""), \
                (key, name)
