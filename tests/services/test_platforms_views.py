"""The platform pages: the list grouped by kind, one page per platform in both languages (one h1,
French typography, sources and date shown, unverified entries flagged at the top), and 404s."""

from __future__ import annotations

import html

import pytest

from app import create_app
from app.formats import long_date
from app.services.platform_views import bp, say
from app.services.platforms import all_platforms, get
from tests.conftest import (
    FACTS_ON,
    MISSING_NBSP,
    localized,
    localized_links,
    parse,
    without_phone_links,
)

LANGS = ("fr", "en")


@pytest.fixture(scope="module")
def platforms_client():
    """The real application; the blueprint is registered here until app/blueprints.py does it."""
    app = create_app({"TESTING": True, "FACTS_ON": FACTS_ON, "RATE_LIMIT_DOCUMENTS": (0, 60)})
    if "platforms.index" not in app.view_functions:
        app.register_blueprint(bp)
    return app.test_client()


def page_text(response) -> str:
    return html.unescape(without_phone_links(response.get_data(as_text=True)))


def check_page(response, lang: str):
    assert response.status_code == 200
    parsed = parse(response.get_data(as_text=True))
    assert parsed.h1 == 1 and parsed.lang == lang
    assert len(parsed.ids) == len(set(parsed.ids)), "ids are unique"
    if lang == "fr":
        bad = [t for code, t in parsed.text_chunks if code == "fr" and MISSING_NBSP.search(t)]
        assert not bad, bad
    return parsed


@pytest.mark.parametrize("lang", LANGS)
def test_the_list_groups_every_platform_by_kind(platforms_client, lang):
    response = platforms_client.get(localized(f"/{lang}/platforms"))
    parsed = check_page(response, lang)
    assert "".join(parsed.h1_text).strip() == say(lang, "list_title")
    text = page_text(response)
    for platform in all_platforms():
        assert f'href="{localized(f"/{lang}/platforms/{platform.id}")}"' in text
    assert text.index(say(lang, "kind_social")) < text.index(say(lang, "kind_search"))
    for key in ("route_dsa", "route_complaint", "route_public"):
        assert say(lang, key) in text
    assert "https://www.internet-signalement.gouv.fr" in text and "https://stopncii.org" in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("platform", all_platforms(), ids=lambda p: p.id)
def test_every_platform_page_renders_with_its_sources(platforms_client, lang, platform):
    response = platforms_client.get(localized(f"/{lang}/platforms/{platform.id}"))
    parsed = check_page(response, lang)
    assert "".join(parsed.h1_text).strip() == say(lang, "platform_title", name=platform.name)
    text = page_text(response)
    assert say(lang, "checked", date=long_date(platform.checked_on, lang)) in text
    assert say(lang, f"grade_{platform.grade}") in text
    for url in platform.sources:
        assert f'href="{url}"' in response.get_data(as_text=True).replace("&amp;", "&")
    for step in platform.steps[lang] if platform.steps else ():
        assert step in text
    warning = say(lang, "unverified_top", name=platform.name)
    if platform.verified:
        assert warning not in text
    else:
        assert text.index(warning) < text.index(say(lang, "h_report"))
        assert say(lang, "steps_missing") in text
    refuse = "refuse_search" if platform.route == "search" else "refuse_host"
    assert say(lang, refuse) in text


@pytest.mark.parametrize("lang", LANGS)
def test_platform_pages_link_to_the_other_tools_and_pages(platforms_client, lang):
    text = page_text(platforms_client.get(localized(f"/{lang}/platforms/tiktok")))
    assert localized_links(f'href="/{lang}/complaint"') in text
    removal = {"fr": "/fr/faire-retirer", "en": "/en/removal"}[lang]
    assert f'href="{removal}"' in text
    assert say(lang, "programme_stopncii", name="TikTok") in text
    assert say(lang, "programme_takeitdown", name="TikTok") not in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("platform", all_platforms(), ids=lambda p: p.id)
def test_the_us_law_section_only_where_the_data_say_so(platforms_client, lang, platform):
    response = platforms_client.get(localized(f"/{lang}/platforms/{platform.id}"))
    text, raw = page_text(response), response.get_data(as_text=True).replace("&amp;", "&")
    act = platform.take_it_down_act
    assert (say(lang, "h_us_law") in text) == (act is not None)
    if act is None:
        return
    assert say(lang, "us_law_intro", name=platform.name) in text
    assert act.basis[lang] in text and say(lang, "us_law_not_ncmec") in text
    assert say(lang, "checked", date=long_date(act.checked_on, lang)) in text
    assert say(lang, f"grade_{act.grade}") in text
    for url in act.sources:
        assert f'href="{url}"' in raw
    assert text.index(say(lang, "h_refuse", name=platform.name)) < text.index(
        say(lang, "h_us_law"))


def test_messaging_pages_say_pharos_is_not_for_private_messages(platforms_client):
    whatsapp = platforms_client.get("/fr/plateformes/whatsapp")
    assert say("fr", "refuse_private") in page_text(whatsapp)
    assert say("fr", "refuse_private") not in page_text(
        platforms_client.get("/fr/plateformes/instagram"))
    assert get("whatsapp").kind == "messaging"


@pytest.mark.parametrize("path", ["/fr/plateformes/myspace", "/en/platforms/INSTAGRAM",
                                  "/en/platforms/instagram/extra", "/de/platforms"])
def test_unknown_platforms_answer_the_bilingual_404(platforms_client, path):
    response = platforms_client.get(path)
    assert response.status_code == 404
    assert parse(response.get_data(as_text=True)).h1 == 1
