"""Common real situations, answered step by step through the guided questions as a person
would (without JavaScript): which steps and questions are asked, what reaches the engine, and
what the result page says. Every legal value comes from the engine and the law data."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest
from werkzeug.datastructures import MultiDict

from app.formats import long_date
from app.interview.qualify import qualify_flow
from app.services.directory import get as get_service
from tests.conftest import localized
from tests.interview.helpers import HIDDEN, step_of
from tests.interview.result_checks import assert_shows_engine_answer, squash, text_of


def fields_asked(html: str) -> set[str]:
    """Names of the questions a step's page shows (not its hidden fields)."""
    return set(re.findall(r'<(?:input|select|textarea)(?![^>]*type="hidden")[^>]*name="([a-z_]+)"',
                          html))


def walk_recording(client, lang: str, answers: dict[str, str], limit: int = 14):
    """Answer each page as a person would: only the questions it shows, with the hidden fields
    it carries, until the result. Returns (result, step ids seen, every question shown)."""
    response = client.get(localized(f"/{lang}/qualify"))
    seen, shown = [], set()
    for _ in range(limit):
        html = response.get_data(as_text=True)
        step = step_of(html)
        if step is None:
            return response, seen, shown
        seen.append(step)
        asked = fields_asked(html)
        shown |= asked
        data = MultiDict([(n, unescape(v)) for n, v in HIDDEN.findall(html) if n != "step"])
        for name in sorted(asked & set(answers)):
            data.add(name, answers[name])
        data.update({"step": step, "action": "next"})
        response = client.post(localized(f"/{lang}/qualify"), data=data)
        assert response.status_code == 200, (step, response.status_code)
    raise AssertionError(f"no result after {limit} pages: {seen}")


def recap(response) -> str:
    """The "Your answers" part of the result page, as text."""
    text = text_of(response)
    words = qualify_flow().text("en")["result"]["answers_title"], qualify_flow().text(
        "fr")["result"]["answers_title"]
    title = next(w for w in words if w in text)
    return text.split(title, 1)[1]


MINORS_QUESTIONS = {"victim_birth_date", "solicited_images_from_minor"}

# name → (form answers as a person picks them, lang, steps seen, questions never asked)
SCENARIOS = {
    "a 20-year-old whose image, taken at 16, is posted": (
        {"facts_date": "2025-06-01", "repeated_acts": "no", "content_type": "real_intimate",
         "how_obtained": "given_or_self_made", "distribution": "public_online",
         "threat": "none", "victim_age_at_facts": "20", "age_shown_in_content": "16",
         "author_relationship": "acquaintance", "author_age": "adult",
         "impersonation": "no", "others_joined": "unknown"},
        "en", ["when", "person", "content", "origin", "sharing", "threat", "author"],
        MINORS_QUESTIONS | {"labelled_as_fake", "first_facts_date", "threat_channel"}),
    "a former partner, acts repeated since February": (
        {"facts_date": "2025-06-01", "repeated_acts": "yes", "first_facts_date": "01/02/2025",
         "content_type": "sexual_deepfake", "labelled_as_fake": "no",
         "distribution": "third_party", "threat": "none", "victim_age_at_facts": "31",
         "author_relationship": "former_partner", "author_age": "adult",
         "impersonation": "no", "others_joined": "no"},
        "fr", ["when", "person", "content", "origin", "sharing", "threat", "author"],
        MINORS_QUESTIONS | {"how_obtained", "threat_channel"}),
    "a classmate, repeatedly, the class only received it": (
        {"facts_date": "2025-06-01", "repeated_acts": "yes", "content_type": "sexual_deepfake",
         "labelled_as_fake": "no", "distribution": "third_party", "threat": "none",
         "victim_age_at_facts": "15", "solicited_images_from_minor": "no",
         "author_relationship": "same_school", "author_age": "minor", "impersonation": "no",
         "others_joined": "only_received"},
        "en", ["when", "person", "content", "origin", "sharing", "threat", "minor", "author"],
        {"how_obtained", "age_shown_in_content", "threat_channel"}),
    "blackmail by direct message": (
        {"facts_date": "2025-06-01", "repeated_acts": "no", "content_type": "real_intimate",
         "how_obtained": "given_or_self_made", "distribution": "none",
         "threat": "money_or_other", "threat_channel": "private_messages",
         "threat_carried_out": "no", "victim_age_at_facts": "24",
         "author_relationship": "stranger", "author_age": "unknown", "impersonation": "no",
         "others_joined": "no"},
        "fr", ["when", "person", "content", "origin", "sharing", "threat", "author"],
        MINORS_QUESTIONS | {"labelled_as_fake"}),
    "a deepfake posted from March to September 2024": (
        {"facts_date": "2024-09-01", "repeated_acts": "yes", "first_facts_date": "2024-03-01",
         "content_type": "sexual_deepfake", "labelled_as_fake": "no",
         "distribution": "public_online", "threat": "none", "victim_age_at_facts": "30",
         "author_relationship": "unknown", "author_age": "unknown", "impersonation": "no",
         "others_joined": "no"},
        "en", ["when", "person", "content", "origin", "sharing", "threat", "author"],
        MINORS_QUESTIONS | {"how_obtained"}),
    "recorded during a video call the person agreed to": (
        {"facts_date": "2025-06-01", "repeated_acts": "no", "content_type": "real_intimate",
         "how_obtained": "recorded_during_exchange", "distribution": "third_party",
         "threat": "none", "victim_age_at_facts": "26", "author_relationship": "acquaintance",
         "author_age": "adult", "impersonation": "no", "others_joined": "no"},
        "fr", ["when", "person", "content", "origin", "sharing", "threat", "author"],
        MINORS_QUESTIONS | {"labelled_as_fake", "first_facts_date"}),
}


@pytest.fixture(params=list(SCENARIOS))
def scenario(request, client, app):
    answers, lang, steps, never = SCENARIOS[request.param]
    response, seen, shown = walk_recording(client, lang, answers)
    result = assert_shows_engine_answer(response, answers, lang, app.extensions["recours.site"])
    assert [s for i, s in enumerate(seen) if s not in seen[:i]] == steps
    assert not shown & never, shown & never
    return request.param, response, result, lang


def articles(result) -> list[str]:
    return [o["article"] for o in result["offences"]]


def offence(result, article: str, assessed_on: str | None = None) -> dict:
    return next(o for o in result["offences"] if o["article"] == article
                and (assessed_on is None or o["assessed_on"] == assessed_on))


def test_each_situation_is_asked_only_what_concerns_it_and_gets_its_answer(scenario):
    name, response, result, lang = scenario
    text = text_of(response)
    services = [get_service(s).name[lang] for s in result["services"]]
    if name.startswith("a 20-year-old"):
        minors = offence(result, "227-23")
        assert [a["key"] for a in minors["aggravations"]] == ["online_public"]
        assert not minors["complaint_required"] and "226-2-1" in articles(result)
        assert "Take It Down" in services and "StopNCII.org" not in text
    elif name.startswith("a former partner"):
        assert "222-33-2-1" in articles(result) and "222-33-2-2" not in articles(result)
        limit = offence(result, "226-8-1")["limitation"]
        assert limit["first_act_ends_on"] < limit["ends_on"]  # each sending has its own
        assert long_date(date(2025, 2, 1), lang) in recap(response)
    elif name.startswith("a classmate"):
        assert {"222-33-2-3", "227-23"} <= set(articles(result))
        assert "222-33-2-2" in [i["article"] for i in result["not_applicable"]]
        assert squash(result["disclaimer"]) in text  # a minor's penalties are reduced
        assert "3018 – e-Enfance" in services
    elif name.startswith("blackmail"):
        blackmail = offence(result, "312-10")
        assert blackmail["aggravations"] == [] and (
            blackmail["prison_years"], blackmail["fine_eur"]) == (5, 75000)
        assert result["first_steps"]
    elif name.startswith("a deepfake posted"):
        assert offence(result, "226-8-1")["assessed_on"] == "2024-09-01"
        assert offence(result, "226-8", "2024-03-01")  # the acts before 23 May 2024
        assert long_date(date(2024, 3, 1), lang) in recap(response)
    else:
        assert {"226-1", "226-2", "226-2-1"} <= set(articles(result))
        assert result["complaint_required"]
        worded = qualify_flow().text(lang)["questions"]["how_obtained"]["choices"]
        assert squash(worded["recorded_during_exchange"]) in recap(response)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_recap_gives_every_new_answer_in_words(client, lang):
    answers = {**SCENARIOS["a classmate, repeatedly, the class only received it"][0],
               "first_facts_date": "2025-01-15"}
    response, _seen, _shown = walk_recording(client, lang, answers)
    words = qualify_flow().text(lang)
    shown = recap(response)
    for name in ("author_relationship", "author_age", "others_joined"):
        assert squash(words["questions"][name]["label"]) in shown
        assert squash(words["questions"][name]["choices"][answers[name]]) in shown
    assert long_date(date(2025, 1, 15), lang) in shown and "2025-01-15" not in shown
    assert squash(words["questions"]["repeated_acts"]["label"]) + " " + words["ui"]["yes"] in shown


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sexual_act_demanded_asks_the_channel_but_not_whether_it_was_carried_out(client, app,
                                                                                    lang):
    answers = {**SCENARIOS["blackmail by direct message"][0], "threat": "sexual_act",
               "threat_channel": "public_online"}
    answers.pop("threat_carried_out")
    response, seen, shown = walk_recording(client, lang, answers)
    assert "threat_carried_out" not in shown and "threat_channel" in shown
    result = assert_shows_engine_answer(response, answers, lang, app.extensions["recours.site"])
    assert "222-33" in articles(result)
    assert "312-10" in [i["article"] for i in result["not_applicable"]]
    text = text_of(response)  # urgent help first
    assert text.index(get_service("17").name[lang]) < text.index(result["offences"][0]["title"])


def test_change_my_answers_brings_back_every_detailed_answer(client):
    answers = SCENARIOS["a former partner, acts repeated since February"][0]
    response, _seen, _shown = walk_recording(client, "en", answers)
    html = response.get_data(as_text=True)
    restart = html.split('value="restart"', 1)[0].rsplit("<form", 1)[1]
    carried = dict(HIDDEN.findall(restart))
    for name in ("first_facts_date", "author_relationship", "author_age", "others_joined"):
        assert carried[name] == answers[name], name
    page = client.post("/en/qualify", data={**carried, "action": "restart"})
    first = page.get_data(as_text=True)
    assert step_of(first) == "when"
    assert 'id="repeated_acts-yes" name="repeated_acts" value="yes" checked' in first
    assert 'name="first_facts_date" value="01/02/2025"' in first  # the follow-up, as typed
    # Back from the origin page to the content page keeps the answers of both.
    back = client.post("/en/qualify", data={**carried, "step": "origin", "action": "back"})
    html = back.get_data(as_text=True)
    assert step_of(html) == "content" and re.search(
        r'id="content_type-sexual_deepfake" name="content_type" value="sexual_deepfake" checked',
        html)
    assert dict(HIDDEN.findall(html))["labelled_as_fake"] == "no"


def test_taking_back_repeated_acts_drops_the_first_date_from_the_answer(client):
    answers = {**SCENARIOS["a former partner, acts repeated since February"][0],
               "repeated_acts": "no"}
    flow = qualify_flow()
    assert "first_facts_date" not in flow.payload(answers)
    response, _seen, shown = walk_recording(client, "en", answers)
    assert "first_facts_date" not in shown
    assert long_date(date(2025, 2, 1), "en") not in recap(response)
