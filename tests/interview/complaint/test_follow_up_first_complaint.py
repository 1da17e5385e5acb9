"""The follow-up letter's first step asks where the first complaint was made and, for one made
at the police or gendarmerie, whether the procureur received a copy: the letter is offered only
once CPP 85's condition is met, and a person with no copy sent yet is told how to send it.
Then a fuzz of the new fields, on the site and through the API (never a 5xx)."""

from __future__ import annotations

import html as html_lib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.api.bodies import PC_BODY, URL, post
from tests.conftest import localized
from tests.letters.readback import squash

from .answers import ANSWERS, step_title

FOLLOW_UP = {**ANSWERS, "kind": "partie_civile"}


def dates_step(client, lang: str, **answers):
    data = {**FOLLOW_UP, **answers, "step": "dates", "action": "next"}
    response = client.post(
        localized(f"/{lang}/complaint"), data=data)
    return response, html_lib.unescape(response.get_data(as_text=True))


# (answers, language, status, what the page must say)
CASES = [
    ({"first_complaint_to": "police", "first_complaint_date": "2026-05-04",
      "copy_sent": "no"}, "fr", 422,
     ["id=\"copy_sent-error\">Une plainte déposée au commissariat ou à la gendarmerie",
      "par lettre recommandée avec demande d'avis de réception"]),
    ({"first_complaint_to": "police", "first_complaint_date": "2026-05-04",
      "copy_sent": "no"}, "en", 422,
     ["id=\"copy_sent-error\">A complaint made at a police station or gendarmerie"]),
    # A follow-up question is shown first (the same step again), then required.
    ({"first_complaint_to": "police", "first_complaint_date": "2026-05-04"}, "en", 200,
     ['<h2 id="step-title">Your first complaint</h2>', 'name="copy_sent"']),
    ({"first_complaint_to": "police", "first_complaint_date": "2026-05-04",
      "copy_sent": "yes"}, "en", 200,
     ['<h2 id="step-title">Your first complaint</h2>', 'name="copy_received_on"']),
    ({"first_complaint_to": "police", "first_complaint_date": "2026-05-04",
      "copy_sent": "yes", "copy_received_on": "2026-09-01"}, "fr", 422,
     ["id=\"copy_received_on-error\">", "Datez la lettre du 2 décembre 2026 ou d'après"]),
    ({"first_complaint_to": "police", "first_complaint_date": "2026-05-04",
      "copy_sent": "yes", "copy_received_on": "2026-08-20"}, "fr", 200, []),
    ({"first_complaint_to": "police", "first_complaint_date": "2026-05-04",
      "copy_sent": "no", "refusal_date": "2026-10-15"}, "en", 200, []),
    ({"first_complaint_to": "procureur", "first_complaint_date": "2026-08-20",
      "copy_sent": "no"}, "en", 200, []),  # a stale answer of the police branch is ignored
    ({"first_complaint_date": "2026-08-20"}, "fr", 422, ["id=\"first_complaint_to-error\">"]),
]


@pytest.mark.parametrize(("answers", "lang", "status", "said"), CASES)
def test_where_the_first_complaint_was_made(client, answers, lang, status, said):
    response, page = dates_step(client, lang, **answers)
    assert response.status_code == status, page[:2000]
    if status == 422:
        assert step_title(page) in ("Votre première plainte", "Your first complaint")
    for text in said:
        assert text in page, text


def test_a_police_complaint_with_its_copy_makes_a_true_letter(client):
    answers = {**FOLLOW_UP, "first_complaint_to": "police", "first_complaint_date": "2026-05-04",
               "copy_sent": "yes", "copy_received_on": "2026-08-20"}
    review = client.post(
        localized("/en/complaint"), data={**answers, "step": "options", "action": "next"})
    assert "This letter can be filed from 21 November 2026." in review.get_data(as_text=True)
    letter = client.post(
        localized("/fr/complaint/document/txt"), data=answers)
    assert letter.status_code == 200
    text = squash(letter.get_data(as_text=True))
    for expected in ("J'ai déposé plainte le 4 mai 2026 auprès d'un service de police",
                     "qui l'a reçue le 20 août 2026", "se termine le 20 novembre 2026"):
        assert squash(expected) in text, expected
    assert "suspen" not in text.lower()


def test_no_letter_is_offered_without_the_copy(client):
    answers = {**FOLLOW_UP, "first_complaint_to": "police", "first_complaint_date": "2026-01-05",
               "copy_sent": "no"}
    for path in ("/document/pdf", "/print"):
        response = client.post(
            localized(f"/en/complaint{path}"), data=answers)
        assert response.status_code == 422


DATES = st.sampled_from(["2026-05-04", "2026-11-25", "2026-11-26", "04/05/2026", "2026-02-30",
                         "", "1899-12-31"]) | st.text(max_size=12)
CHOICES = st.sampled_from(["procureur", "police", "", "yes", "no", "mairie"]) | st.text(
    max_size=10)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(to=CHOICES, first=DATES, sent=CHOICES, copy_on=DATES, refusal=DATES, signed=DATES,
       path=st.sampled_from(["", "/document/txt", "/print", "/follow-up"]))
def test_the_new_answers_never_5xx_on_the_site(client, to, first, sent, copy_on, refusal, signed,
                                               path):
    data = {**FOLLOW_UP, "first_complaint_to": to, "first_complaint_date": first,
            "copy_sent": sent, "copy_received_on": copy_on, "refusal_date": refusal,
            "signed_on": signed, "step": "dates", "action": "next"}
    response = client.post(
        localized(f"/en/complaint{path}"), data=data)
    assert response.status_code in (200, 422)


JSON = st.none() | st.booleans() | st.integers() | st.lists(st.text(max_size=3), max_size=2) \
    | DATES | CHOICES


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(to=JSON, first=JSON, copy_on=JSON, refusal=JSON, signed=JSON)
def test_the_new_fields_never_5xx_in_the_api(client, to, first, copy_on, refusal, signed):
    data = {**PC_BODY, "first_complaint_to": to, "first_complaint_date": first,
            "copy_received_on": copy_on, "refusal_date": refusal, "signed_on": signed}
    response = post(client, f"{URL}/partie-civile?format=txt", data)
    assert response.status_code in (200, 422)
    if response.status_code == 422:
        for error in response.get_json()["errors"]:
            assert error["message"]["fr"] and error["message"]["en"]
            if error["code"] == "too_early":
                assert error["first_admissible_date"]
