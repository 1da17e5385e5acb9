"""The guided questions through the real app: each step, Back, errors, and the result page
compared with the engine's own answer for the same facts."""

from __future__ import annotations

import re
from html import unescape

import pytest

from app.interview.qualify import qualify_flow
from app.interview.qualify.plan import say as plan_say
from app.services.directory import get as get_service
from tests.conftest import MISSING_NBSP, localized, localized_links, parse
from tests.interview.helpers import form_answers, hidden_values, step_of, walk
from tests.interview.result_checks import assert_shows_engine_answer, squash, text_of
from tests.qualify.scenarios import CASES

ADULT_PUBLIC = form_answers({"facts_date": "2025-01-10", "content_type": "sexual_deepfake",
                             "distribution": "public_online", "victim_age_at_facts": 30})


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_start_page_is_the_first_step_and_never_cached(client, lang):
    response = client.get(localized(f"/{lang}/qualify"))
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.headers["Cache-Control"].startswith("no-store")
    assert "Set-Cookie" not in response.headers
    assert step_of(html) == "when"
    # a date is typed as day, month and year, as its hint says (any browser, any keyboard)
    assert 'id="facts_date" name="facts_date"' in html and "5 12 2026" in html
    assert localized_links(f'<form method="post" action="/{lang}/qualify"') in html
    assert ("Étape 1 sur 8" if lang == "fr" else "Step 1 of 8") in text_of(response)


def test_each_step_carries_the_earlier_answers_in_hidden_fields(client):
    response, seen = walk(client, "en", ADULT_PUBLIC)
    assert seen == ["when", "person", "content", "origin", "sharing", "threat", "author"]
    carried = hidden_values(client.post("/en/qualify", data={
        **ADULT_PUBLIC, "step": "threat", "action": "next"}).get_data(as_text=True))
    assert carried["facts_date"] == "2025-01-10" and carried["distribution"] == "public_online"
    person = client.post("/en/qualify", data={**ADULT_PUBLIC, "step": "when"})
    html = person.get_data(as_text=True)
    assert step_of(html) == "person" and "victim_age_at_facts" not in hidden_values(html)
    assert 'id="victim_age_at_facts" name="victim_age_at_facts" value="30"' in html
    assert response.status_code == 200


def test_back_goes_to_the_previous_step_with_every_answer_kept(client):
    response = client.post(localized("/fr/qualify"), data={**ADULT_PUBLIC, "step": "sharing",
                                                           "action": "back"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and step_of(html) == "origin"
    assert re.search(r'id="labelled_as_fake-no" name="labelled_as_fake" value="no" checked', html)
    assert hidden_values(html)["distribution"] == "public_online"
    assert "Étape 4 sur 8" in text_of(response)


def test_back_does_not_validate_the_current_step(client):
    response = client.post("/en/qualify", data={"facts_date": "2025-01-10",
                                                "content_type": "nonsense", "step": "content",
                                                "action": "back"})
    assert response.status_code == 200 and step_of(response.get_data(as_text=True)) == "person"
    assert 'value="nonsense"' in response.get_data(as_text=True)


@pytest.mark.parametrize("lang, data, field, target, message", [
    ("en", {"facts_date": "31/02/2025"}, "facts_date", "facts_date", "Enter the date as 5 12 2026"),
    ("fr", {"facts_date": ""}, "facts_date", "facts_date",
     "Saisissez la date sous la forme 5 12 2026"),
    ("en", {"facts_date": "2031-01-01"}, "facts_date", "facts_date", "in the future"),
    ("fr", {"facts_date": "1990-01-01"}, "facts_date", "facts_date", "1994"),
])
def test_a_bad_date_is_422_with_a_summary_linking_to_the_field(client, lang, data, field,
                                                                 target, message):
    answers = {**ADULT_PUBLIC, **data, "step": "when", "action": "next"}
    response = client.post(localized(f"/{lang}/qualify"), data=answers)
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert response.headers["Cache-Control"].startswith("no-store")
    summary = html.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    assert f'href="#{target}"' in summary and message in unescape(summary)
    assert f'id="{target}"' in html and 'aria-invalid="true"' in html
    assert f'value="{data[field]}"' in html  # what was typed stays
    kept = hidden_values(html)
    assert {k: v for k, v in ADULT_PUBLIC.items() if k not in (field, "repeated_acts")} == kept
    assert 'id="repeated_acts-no" name="repeated_acts" value="no" checked' in html  # same step


def test_missing_choice_links_to_the_first_radio(client):
    response = client.post("/en/qualify", data={"facts_date": "2025-01-10", "step": "content"})
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'href="#content_type-sexual_deepfake"' in html
    assert 'id="content_type-sexual_deepfake"' in html


@pytest.mark.parametrize("posted_at", ["minor", "author"])
def test_answers_that_contradict_each_other_are_shown_on_their_step(client, posted_at):
    answers = {**form_answers({"facts_date": "2025-01-10", "content_type": "deepfake"}),
               "victim_birth_date": "2026-01-01", "step": posted_at}
    response = client.post("/en/qualify", data=answers)
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and step_of(html) == "minor"
    assert 'href="#victim_birth_date"' in html
    assert "after the date it happened" in text_of(response)


@pytest.mark.parametrize("data", [{"step": "nowhere"}, {"step": "when", "action": "jump"}, {}])
def test_a_tampered_step_or_action_is_400_never_500(client, data):
    response = client.post("/en/qualify", data=data)
    assert response.status_code == 400
    assert "could not be read" in response.get_data(as_text=True)


def test_change_my_answers_returns_to_the_first_step_with_the_answers(client):
    result, _ = walk(client, "fr", ADULT_PUBLIC)
    html = result.get_data(as_text=True)
    restart = html.split('value="restart"', 1)[0].rsplit("<form", 1)[1]
    carried = hidden_values(restart)
    assert carried == {k: v for k, v in ADULT_PUBLIC.items()
                       if k != "solicited_images_from_minor"}  # never asked of an adult
    response = client.post(localized("/fr/qualify"), data={**carried, "action": "restart"})
    page = response.get_data(as_text=True)
    assert step_of(page) == "when" and 'value="2025-01-10"' in page


# --- the result page ----------------------------------------------------------------------

SCENARIOS = {
    "sextortion of an adult, first steps first": (
        {"facts_date": "2025-03-01", "content_type": "real_intimate",
         "how_obtained": "given_or_self_made", "distribution": "none",
         "threat": "money_or_other", "victim_age_at_facts": 24}, "en"),
    "sexual deepfake the day before 23 May 2024": (
        {"facts_date": "2024-05-22", "content_type": "sexual_deepfake",
         "distribution": "public_online", "victim_age_at_facts": 30}, "fr"),
    "sexual deepfake on 23 May 2024": (
        {"facts_date": "2024-05-23", "content_type": "sexual_deepfake",
         "distribution": "public_online", "victim_age_at_facts": 30}, "fr"),
    "minor of 15, deepfake sent privately, images asked for": (
        {"facts_date": "2025-02-01", "content_type": "sexual_deepfake",
         "distribution": "third_party", "victim_age_at_facts": 14,
         "solicited_images_from_minor": True}, "en"),
    "minor with birth date, sextortion for images": (
        {"facts_date": "2025-02-01", "content_type": "real_intimate",
         "how_obtained": "given_or_self_made", "distribution": "third_party",
         "threat": "sexual_content", "victim_birth_date": "2010-06-01"}, "fr"),
    "captured by a former partner (complaint required)": (
        {"facts_date": "2025-01-10", "content_type": "real_intimate",
         "how_obtained": "captured_without_consent", "distribution": "third_party",
         "author_relationship": "former_partner", "victim_age_at_facts": 30}, "en"),
    "non-sexual deepfake labelled as fake: nothing applies": (
        {"facts_date": "2025-02-01", "content_type": "deepfake", "distribution": "public_online",
         "labelled_as_fake": True, "victim_age_at_facts": 40}, "en"),
    "impersonation and pile-on, no image": (
        {"facts_date": "2025-06-01", "content_type": "none", "impersonation": True,
         "repeated_acts": True, "others_joined": "sent_on_or_attacked",
         "victim_age_at_facts": 22}, "fr"),
    "facts of 2020: time limit already past, still 'at least'": (
        {"facts_date": "2020-01-01", "content_type": "deepfake",
         "distribution": "public_online"}, "fr"),
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_result_page_shows_the_engine_answer(client, app, name):
    facts, lang = SCENARIOS[name]
    answers = form_answers(facts)
    response, _ = walk(client, lang, answers)
    result = assert_shows_engine_answer(response, answers, lang, app.extensions["recours.site"])
    text = text_of(response)
    if name.startswith("sextortion") or "sextortion" in name:
        first = plan_say(lang, "do_not_pay_title" if facts["threat"] == "money_or_other"
                         else "do_not_send_title")
        assert text.index(first) < text.index(result["offences"][0]["title"])
        helper = "3018" if "minor" in name else "17cyber"
        assert text.index(get_service(helper).name[lang]) < text.index(
            result["offences"][0]["title"]), "who to call comes before the offences"
    if "day before" in name:
        assert [o["article"] for o in result["offences"]] == ["226-8"]
        assert any(i["article"] == "226-8-1" for i in result["not_applicable"])
    if "on 23 May" in name:
        assert [o["article"] for o in result["offences"]] == ["226-8-1"]
    if "minor" in name:
        assert any(o["article"].startswith("227-23") for o in result["offences"])
        assert get_service("3018").name[lang] in text
    if "complaint required" in name:
        assert result["complaint_required"] and "prosecution needs the complaint" in text
    if "nothing applies" in name:
        assert not result["offences"] and "none of the offences" in text
    if "2020" in name:
        assert "au moins jusqu'au" in text


@pytest.mark.parametrize("case", CASES[::3], ids=lambda c: c.name)
def test_reference_cases_render_the_engine_answer(client, app, case):
    lang = "en" if len(case.name) % 2 else "fr"
    answers = form_answers({k: v for k, v in case.facts.items() if k != "lang"})
    response, _ = walk(client, lang, answers)
    assert_shows_engine_answer(response, answers, lang, app.extensions["recours.site"])


@pytest.mark.parametrize("name", ["sextortion of an adult, first steps first",
                                  "minor with birth date, sextortion for images"])
def test_french_result_page_typography(client, name):
    facts, _lang = SCENARIOS[name]
    response, _ = walk(client, "fr", form_answers(facts))
    page = parse(response.get_data(as_text=True))
    faults = [t for lang, t in page.text_chunks if lang == "fr" and MISSING_NBSP.search(t)
              and not re.search(r"https?:", t)]
    assert not faults, faults[:5]


def test_no_answer_ever_reaches_a_url(client):
    response, _ = walk(client, "en", ADULT_PUBLIC)
    html = response.get_data(as_text=True)
    for url in re.findall(r'(?:href|action)="([^"]*)"', html):
        assert "?" not in url or "2025-01-10" not in url
        for value in ADULT_PUBLIC.values():
            assert f"={value}" not in url
    assert not re.search(r'<form[^>]*method="get"', html, re.I)


# --- a follow-up on the threat step: asked once a threat is sent, without JavaScript ---------

SEXTORTION = form_answers({"facts_date": "2025-03-01", "content_type": "real_intimate",
                           "how_obtained": "given_or_self_made", "distribution": "third_party",
                           "threat": "money_or_other", "victim_age_at_facts": 24})
CARRIED_OUT_QUESTION = {
    "fr": "La personne a-t-elle mis sa menace à exécution, par exemple en diffusant les images "
          "après avoir menacé de le faire\u00a0?",
    "en": "Did the person carry out the threat — for example by sharing the images after "
          "threatening to?",
}


def post_threat_step(client, lang: str, threat: str, extra=None):
    asked_here = ("threat", "threat_channel", "threat_carried_out", "victim_age_at_facts")
    earlier = {k: v for k, v in SEXTORTION.items() if k not in asked_here}
    return client.post(localized(f"/{lang}/qualify"),
                       data={**earlier, "threat": threat, **(extra or {}),
                             "step": "threat", "action": "next"})


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_threat_asks_whether_it_was_carried_out_on_the_same_step(client, lang):
    response = post_threat_step(client, lang, "money_or_other")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and step_of(html) == "threat"
    assert CARRIED_OUT_QUESTION[lang] in text_of(response)
    assert re.search(r'id="threat-money_or_other" name="threat" value="money_or_other" checked',
                     html)
    assert '<input type="hidden" name="shown" value="threat_carried_out">' in html
    assert "threat_carried_out" not in hidden_values(html)
    assert parse(html).h1 == 1


BOTH_SHOWN = ["threat_channel", "threat_carried_out"]


@pytest.mark.parametrize(("threat", "extra"), [
    ("none", {}),                                                 # no threat: never asked
    ("money_or_other", {"shown": BOTH_SHOWN, "threat_channel": "unknown"}),  # one left empty
    ("sexual_content", {"shown": BOTH_SHOWN, "threat_channel": "private_messages",
                        "threat_carried_out": "no"}),
    ("money_or_other", {"threat_channel": "offline",
                        "threat_carried_out": "unknown"}),        # answered: not asked again
    ("sexual_act", {"shown": "threat_channel", "threat_channel": "public_online"}),
])
def test_the_threat_step_moves_on_once_the_follow_up_was_shown_or_answered(client, threat,
                                                                          extra):
    response = post_threat_step(client, "en", threat, extra)
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and step_of(html) == "minor"  # age not given
    assert CARRIED_OUT_QUESTION["en"] not in text_of(response)
    assert hidden_values(html).get("threat_carried_out") == extra.get("threat_carried_out")
    assert hidden_values(html).get("threat_channel") == extra.get("threat_channel")


def test_the_threat_channel_shown_but_left_empty_is_asked_for(client):
    response = post_threat_step(client, "en", "money_or_other", {"shown": BOTH_SHOWN})
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and step_of(html) == "threat"
    assert 'href="#threat_channel-public_online"' in html
    assert re.search(r'id="threat-money_or_other" name="threat" value="money_or_other" checked',
                     html)  # nothing chosen is lost


def test_a_bad_follow_up_answer_is_422_on_the_threat_step(client):
    response = post_threat_step(client, "fr", "money_or_other",
                                {"shown": BOTH_SHOWN, "threat_channel": "unknown",
                                 "threat_carried_out": "maybe"})
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and step_of(html) == "threat"
    assert 'href="#threat_carried_out-yes"' in html


# (answer on the form, lang) → 312-10's penalty, from the engine, and the answer in the recap
CARRIED_OUT_RESULTS = [("yes", "fr"), ("no", "en"), ("unknown", "fr")]


@pytest.mark.parametrize(("answer", "lang"), CARRIED_OUT_RESULTS)
def test_the_result_counts_and_recaps_a_threat_carried_out(client, app, answer, lang):
    answers = {**SEXTORTION, "threat_carried_out": answer}
    response, seen = walk(client, lang, answers)
    assert seen.count("threat") == 1
    result = assert_shows_engine_answer(response, answers, lang, app.extensions["recours.site"])
    (blackmail,) = [o for o in result["offences"] if o["article"] == "312-10"]
    keys = [a["key"] for a in blackmail["aggravations"]]
    assert keys == (["threat_executed"] if answer == "yes" else [])
    assert (blackmail["prison_years"], blackmail["fine_eur"]) == (
        (7, 100000) if answer == "yes" else (5, 75000))
    text = text_of(response)
    words = qualify_flow().text(lang)["ui"]
    shown = {"yes": "yes", "no": "no", "unknown": "dont_know"}[answer]
    recap = text.split(CARRIED_OUT_QUESTION[lang], 1)[1]
    assert recap.lstrip().startswith(words[shown])
    for note in blackmail["notes"]:
        assert squash(note) in text


def test_no_threat_leaves_the_follow_up_out_of_the_recap_and_the_engine(client):
    answers = {**SEXTORTION, "threat": "none", "threat_carried_out": "yes"}
    assert "threat_carried_out" not in qualify_flow().payload(answers)
    response, _ = walk(client, "en", answers)
    text = text_of(response)
    assert CARRIED_OUT_QUESTION["en"] not in text and "312-11" not in text
