"""The complaint's date (signed_on) is checked as the follow-up's is: never before the latest
fact it describes, never more than a year ahead (a mistyped year), and no fact after today. A
table through the API (422 naming the date to use, in both languages), the builder itself, and
the interview's pages (the message next to the field, status 422)."""

from __future__ import annotations

import copy
import html as html_lib
from datetime import date

import pytest

from app.letters import LetterInputError, build_complaint, validate
from app.letters.complaint import signing_errors
from tests.api.bodies import BODY, URL, post
from tests.conftest import localized
from tests.interview.complaint.answers import ANSWERS

from .cases import OFFENCES, PARIS, assert_dated_outcome

TODAY = date(2026, 11, 25)  # tests/conftest.py FACTS_ON; BODY's latest fact: 12 March 2025


def body(signed: str | None, first_fact: str | None = None) -> dict:
    data = {**copy.deepcopy(BODY), "signed_on": signed}
    if first_fact:
        data["facts"][0]["date"] = first_fact
    return data


# (id, signed_on, first fact's date, expected: text in the letter | (field, code, (fr, en)))
CASES = [
    ("on_the_day_of_the_latest_fact", "2025-03-12", None, ["À Paris, le 12 mars 2025"]),
    ("the_day_before_the_latest_fact", "2025-03-11", None,
     ("signed_on", "before_facts", ("12 mars 2025", "12 March 2025"))),
    ("between_two_facts", "2025-02-01", None,
     ("signed_on", "before_facts", ("12 mars 2025", "12 March 2025"))),
    ("absent_so_today", None, None, ["À Paris, le 25 novembre 2026"]),
    ("prepared_in_advance", "2027-01-15", None, ["À Paris, le 15 janvier 2027"]),
    ("a_year_ahead", "2027-11-25", None, ["À Paris, le 25 novembre 2027"]),
    ("a_year_and_a_day_ahead", "2027-11-26", None,
     ("signed_on", "far_ahead", ("25 novembre 2027", "25 November 2027"))),
    ("mistyped_year", "2062-11-25", None,
     ("signed_on", "far_ahead", ("25 novembre 2027", "25 November 2027"))),
    ("a_fact_after_today", None, "2026-12-01", ("facts[0].date", "future_date", ("", ""))),
    ("a_fact_after_today_even_signed_later", "2027-01-15", "2026-12-01",
     ("facts[0].date", "future_date", ("", ""))),
]


@pytest.mark.parametrize(("case", "signed", "first_fact", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_complaint_dates(client, case, signed, first_fact, expected):
    response = post(client, f"{URL}/complaint?format=txt", body(signed, first_fact))
    assert_dated_outcome(response, expected)


@pytest.mark.parametrize("signed", ["2025-03-11", "2027-11-26"])
def test_the_builder_itself_refuses_a_date_that_cannot_be_right(signed):
    with pytest.raises(LetterInputError) as caught:
        build_complaint(validate(body(signed)), OFFENCES, PARIS, TODAY)
    assert [e["field"] for e in caught.value.errors] == ["signed_on"]
    assert build_complaint(validate(body("2025-03-12")), OFFENCES, PARIS, TODAY)


def test_messages_are_bilingual_with_french_spacing():
    (item,) = signing_errors(validate(body("2030-01-01")), TODAY)
    assert set(item["message"]) == {"fr", "en"}
    assert "aujourd'hui\u00a0: vérifiez l'année" in item["message"]["fr"]
    assert "check the year" in item["message"]["en"]


@pytest.mark.parametrize(("lang", "message"), [
    ("fr", "Cette date est dans le futur."), ("en", "This date is in the future.")])
def test_the_interview_refuses_a_fact_after_today_next_to_its_date(client, lang, message):
    """The complaint made on the site is dated today: a later fact is shown on the facts step."""
    response = client.post(localized(f"/{lang}/complaint"), data={
        **ANSWERS, "facts[1].date": "2026-12-01", "step": "facts", "action": "next"})
    assert response.status_code == 422
    page = html_lib.unescape(response.get_data(as_text=True))
    assert f'id="facts-1-date-error">{message}' in page
    assert 'href="#facts-1-date"' in page


@pytest.mark.parametrize(("lang", "message"), [
    ("fr", "La lettre est datée du 30 septembre 2026, avant les faits qu'elle décrit (le "
           "dernier, le 1er octobre 2026). Datez-la du 1er octobre 2026 ou d'après."),
    ("en", "The letter is dated 30 September 2026, before the facts it describes (the latest "
           "on 1 October 2026). Date it 1 October 2026 or later."),
])
def test_the_follow_up_on_the_site_is_not_dated_before_the_facts(client, lang, message):
    """Admissible under CPP 85 on that day, but before the latest fact: refused on its field."""
    answers = {**ANSWERS, "kind": "partie_civile", "first_complaint_to": "procureur",
               "first_complaint_date": "2026-06-01",
               "signed_on": "2026-09-30"}
    response = client.post(localized(f"/{lang}/complaint"), data={**answers, "step": "dates",
                                                                  "action": "next"})
    assert response.status_code == 422
    page = html_lib.unescape(response.get_data(as_text=True))
    assert f'id="signed_on-error">{message}' in page
    fixed = client.post(localized(f"/{lang}/complaint"), data={**answers, "signed_on": "2026-10-01",
                                                               "step": "dates", "action": "next"})
    assert fixed.status_code == 200
