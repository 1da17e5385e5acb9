"""The result page for three situations of real people, in both languages: it leads with the right
first steps in the right order, then the offences, each with whether only a complaint starts
prosecution and its time limit, the earliest end date first. Every link on the page answers.

Each situation is shown twice: from every fact the engine accepts (the API's fields), rendered
by the page's own view function, and through the guided questions as a person answers them
today (tests/interview/situations.py says which questions are not asked yet)."""

from __future__ import annotations

import re
from datetime import date
from html import unescape
from urllib.parse import urldefrag

import pytest

from app.formats import long_date
from app.interview.qualify import qualify_flow
from app.interview.qualify.plan import say as plan_say
from app.interview.qualify.views import render_result
from app.qualify import parse_facts, qualify_json
from app.qualify.texts import say as qualify_say
from app.services.directory import get as get_service
from tests.conftest import FACTS_ON, MISSING_NBSP, localized, parse
from tests.interview.helpers import walk
from tests.interview.situations import SITUATIONS, form_for

LANGS = ("fr", "en")
STEP = re.compile(r'<li id="step-([a-z_0-9]+)">')


def text_of(html: str) -> str:
    main = html.split("<main", 1)[1].split("</main>", 1)[0] if "<main" in html else html
    return re.sub(r"[ \t\r\n]+", " ", unescape(re.sub(r"<[^>]+>", " ", main))).strip()


def rendered(app, facts: dict, lang: str) -> tuple[str, dict]:
    """The result page for every fact the engine accepts, through the page's view function."""
    payload = {**facts, "lang": lang}
    result = qualify_json(payload, FACTS_ON)
    flow = qualify_flow()
    answers = {}  # the answers the questions can show in the recap
    for name, value in facts.items():
        question = flow.by_field.get(name)
        shown = "yes" if value is True else "no" if value is False else str(value)
        if question and (question.type != "choice" or shown in question.choices):
            answers[name] = shown
    with app.test_request_context(localized(f"/{lang}/qualify"), method="POST"):
        app.preprocess_request()
        html = render_result(flow, result, parse_facts(payload, FACTS_ON), answers, lang)
    return html, result


def day(iso: str, lang: str) -> str:
    return long_date(date.fromisoformat(iso), lang)


def section(html: str, heading_id: str) -> str:
    part = html.split(f'id="{heading_id}"', 1)[1]
    return part.split("<section", 1)[0]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", SITUATIONS)
def test_the_result_leads_with_the_steps_for_the_situation(app, name, lang):
    situation = SITUATIONS[name]
    html, result = rendered(app, situation.facts, lang)
    text = text_of(html)
    assert tuple(STEP.findall(html)) == situation.steps
    assert not set(situation.absent) & set(STEP.findall(html))
    # Every step's title and text, in that order, all before the law.
    law_starts = text.index(plan_say(lang, "law_after"))
    offences_start = html.index('id="offences"')
    positions = [text.index(plan_say(lang, f"{step}_title")) for step in situation.steps]
    assert positions == sorted(positions) and positions[-1] < law_starts
    assert html.index('id="plan"') < offences_start
    for service_id in situation.services_first:  # read as text: numbers are tap-to-call links
        assert text.index(get_service(service_id).name[lang]) < law_starts, service_id
    # The offences the situation makes out.
    found = [o["article"] for o in result["offences"]]
    assert set(situation.offences) <= set(found), found
    for offence in result["offences"]:
        assert offence["title"] in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", SITUATIONS)
def test_each_offence_says_whether_a_complaint_is_needed_and_the_top_answer_agrees(app, name,
                                                                                   lang):
    situation = SITUATIONS[name]
    html, result = rendered(app, situation.facts, lang)
    on_complaint = {o["article"] for o in result["offences"] if o["complaint_required"]}
    assert on_complaint == set(situation.on_complaint)
    assert result["complaint_required"] is bool(on_complaint)
    yes, no = qualify_say(lang, "complaint"), plan_say(lang, "offence_complaint_no")
    blocks = html.split('<div class="offence">')[1:]
    assert len(blocks) == len(result["offences"])
    for offence, block in zip(result["offences"], blocks, strict=True):
        shown = unescape(block)
        assert (yes if offence["complaint_required"] else no) in shown, offence
        assert shown.count(yes) <= 1, "said once"
    answer = text_of(section(html, "complaint").split("</h2>", 1)[1])
    if not on_complaint:
        assert answer.startswith(("Non", "No"))
    else:
        assert answer.startswith(("Oui", "Yes"))
        assert plan_say(lang, "complaint_some") in answer  # some, not all: said plainly
        listed = section(html, "complaint").split("<ul>", 1)[1].split("</ul>", 1)[0]
        for offence in result["offences"]:
            assert (offence["title"] in unescape(listed)) is offence["complaint_required"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", SITUATIONS)
def test_time_limits_show_the_earliest_end_first(app, name, lang):
    html, result = rendered(app, SITUATIONS[name].facts, lang)
    limits = text_of(section(html, "limitation"))
    earliest, latest = result["limitation"]["earliest_ends_on"], result["limitation"]["ends_on"]
    assert day(earliest, lang) in limits and day(latest, lang) in limits
    assert limits.index(day(earliest, lang)) <= limits.index(day(latest, lang))
    assert "9-1" in limits and ("au moins" if lang == "fr" else "at least") in limits
    blocks = html.split('<div class="offence">')[1:]
    for offence, block in zip(result["offences"], blocks, strict=True):
        shown = text_of(block)
        limit = offence["limitation"]
        assert day(limit["ends_on"], lang) in shown
        first = limit["first_act_ends_on"]
        if first and first < limit["ends_on"]:
            assert shown.index(day(first, lang)) < shown.index(day(limit["ends_on"], lang))
    if earliest < latest:  # the list per offence: the one ending first at the top
        items = section(html, "limitation").split('<ul class="time-limits">', 1)[1]
        ends = [min(o["limitation"]["first_act_ends_on"] or o["limitation"]["ends_on"],
                    o["limitation"]["ends_on"]) for o in result["offences"]]
        first_title = result["offences"][ends.index(min(ends))]["title"]
        assert unescape(items).index(first_title) < min(
            unescape(items).index(o["title"]) for o in result["offences"]
            if o["title"] != first_title)


def test_the_deepfake_posted_again_and_again_ends_first_for_the_first_post(app):
    html, result = rendered(app, SITUATIONS["adult woman, deepfake posted on X and Telegram"]
                            .facts, "en")
    sharing = next(o for o in result["offences"] if o["article"] == "226-8-1")
    assert sharing["limitation"]["first_act_ends_on"] == "2032-09-01"
    assert result["limitation"]["earliest_ends_on"] == "2032-09-01"
    limits = text_of(section(html, "limitation"))
    assert limits.index("1 September 2032") < limits.index("15 November 2032")


@pytest.mark.parametrize("lang", LANGS)
def test_a_minor_author_is_told_penalties_are_an_adults_and_reduced(app, lang):
    html, result = rendered(app, SITUATIONS["parent for a 14-year-old, Snapchat class group"]
                            .facts, lang)
    note = next(n for n in result["notes"] if n["id"] == "minor_author")
    notes = section(html, "notes")
    assert unescape(note["text"]) in unescape(notes)
    site = app.extensions["recours.site"]
    page = site.get(lang, "minor-authors")
    target = page.url if page else site.get(lang, "minors").url + "#"
    assert f'href="{target}' in notes
    assert html.index('id="notes"') < html.index('id="offences"')
    adult = {"fr": "sont celles d'un adulte", "en": "are an adult's"}[lang]
    assert adult in text_of(html)


@pytest.mark.parametrize("lang", LANGS)
def test_a_demanded_sexual_act_says_assault_or_rape_after_urgent_help(app, lang):
    facts = {"facts_date": "2026-11-20", "content_type": "real_intimate",
             "how_obtained": "given_or_self_made", "threat": "sexual_act",
             "threat_channel": "private_messages", "victim_age_at_facts": 22}
    html, result = rendered(app, facts, lang)
    urgent = section(html, "urgent")
    for service_id in ("17", "112", "114"):
        assert get_service(service_id).name[lang] in unescape(urgent)
    note = next(n for n in result["notes"] if n["id"] == "sexual_act_assault")
    assert unescape(note["text"]) in unescape(urgent)
    assert "222-22" in note["text"] and day("2025-11-08", lang) in note["text"]
    assert html.index('id="urgent"') < html.index('id="plan"') < html.index('id="offences"')
    assert STEP.findall(html)[0] == "do_not_comply"


@pytest.mark.parametrize("name", SITUATIONS)
def test_3114_is_shown_when_threats_or_harassment_are_answered(app, name):
    html, result = rendered(app, SITUATIONS[name].facts, "en")
    assert "3114" in result["services"]
    assert "support" in STEP.findall(html)
    assert 'href="tel:3114"' in section(html, "plan")


def test_no_3114_for_a_single_post_without_threat(app):
    facts = {"facts_date": "2026-11-15", "content_type": "sexual_deepfake",
             "distribution": "public_online", "victim_age_at_facts": 27,
             "repeated_acts": False, "others_joined": "only_received"}
    html, result = rendered(app, facts, "fr")
    assert "3114" not in result["services"] and "tel:3114" not in html


@pytest.mark.parametrize("lang", LANGS)
def test_after_the_complaint_section(app, lang):
    html, _ = rendered(app, SITUATIONS["adult man, webcam recording, blackmail by Instagram DM"]
                       .facts, lang)
    after = section(html, "after-complaint")
    assert plan_say(lang, "after_text") in unescape(after)
    site = app.extensions["recours.site"]
    page = site.get(lang, "after-the-complaint") or site.get(lang, "complaint")
    assert f'href="{page.url}"' in after


# --- the same situations through the guided questions, as a person answers them today -------

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", SITUATIONS)
def test_through_the_guided_questions(client, name, lang):
    answers, steps = form_for(SITUATIONS[name])
    response, seen = walk(client, lang, answers)
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "when" in seen
    assert tuple(STEP.findall(html)) == steps
    assert html.index('id="plan"') < html.index('id="offences"')


# --- every link of the result page answers -------------------------------------------------

def page_links(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'<a [^>]*href="([^"]*)"', html)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", SITUATIONS)
def test_every_link_of_the_result_page_answers(client, app, name, lang):
    situation = SITUATIONS[name]
    pages = [rendered(app, situation.facts, lang)[0],
             walk(client, lang, form_for(situation)[0])[0].get_data(as_text=True)]
    seen: dict[str, str] = {}
    for html in pages:
        for href in page_links(html):
            if href.startswith(("tel:", "sms:", "mailto:")):
                assert re.fullmatch(r"(tel|sms):\+?\d+|mailto:[^@\s]+@[^@\s]+", href), href
                continue
            if href.startswith("https://"):
                continue  # outside the site: never fetched from the tests (no network)
            assert href.startswith("/") or href.startswith("#"), f"relative link {href!r}"
            url, fragment = urldefrag(href)
            if not url:
                assert f'id="{fragment}"' in html, href
                continue
            if url not in seen:
                response = client.get(url)
                assert response.status_code == 200, (href, response.status_code)
                seen[url] = response.get_data(as_text=True)
            if fragment:
                assert f'id="{fragment}"' in seen[url], href


def test_the_3018_app_is_named_not_linked(app):
    html, _ = rendered(app, SITUATIONS["parent for a 14-year-old, Snapchat class group"].facts,
                       "en")
    assert 'href="3018"' not in html
    assert "3018 app" in text_of(section(html, "plan"))


@pytest.mark.parametrize("name", SITUATIONS)
def test_french_typography_of_the_result(app, name):
    html, _ = rendered(app, SITUATIONS[name].facts, "fr")
    page = parse(html)
    faults = [t for lang, t in page.text_chunks if lang == "fr" and MISSING_NBSP.search(t)
              and not re.search(r"https?:", t)]
    assert not faults, faults[:5]
    assert page.h1 == 1


@pytest.mark.parametrize("lang", LANGS)
def test_the_childs_hearing_as_the_law_data_say(app, lang):
    """Filmed by law for the offences of CPP 706-47's list (227-23), possibly for school
    harassment alone; accompanied on request in every case (706-52, 706-53 in the law data)."""
    html, _ = rendered(app, SITUATIONS["parent for a 14-year-old, Snapchat class group"].facts,
                       lang)
    hearing = unescape(html.split('id="step-hearing"', 1)[1].split("</li>", 1)[0])
    assert plan_say(lang, "hearing_recorded") in hearing
    assert plan_say(lang, "hearing_accompanied") in hearing
    harassment = {"facts_date": "2026-11-02", "content_type": "none", "victim_age_at_facts": 13,
                  "author_relationship": "same_school", "repeated_acts": True}
    html, result = rendered(app, harassment, lang)
    assert "222-33-2-3" in [o["article"] for o in result["offences"]]
    hearing = unescape(html.split('id="step-hearing"', 1)[1].split("</li>", 1)[0])
    assert plan_say(lang, "hearing_may_be_recorded") in hearing
    assert plan_say(lang, "hearing_recorded") not in hearing
