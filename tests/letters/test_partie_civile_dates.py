"""The partie civile letter never states a condition of CPP 85 that is not met on its date: a
table of first-complaint, refusal and signing dates, through the API (422 naming the first
possible date, in both languages) and through the builder itself."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from app.letters import LetterInputError, build_partie_civile, validate
from app.letters.partie_civile import admissibility_errors
from tests.api.bodies import BODY, URL, post

from .cases import OFFENCES, PARIS, assert_dated_outcome

TODAY = date(2026, 11, 25)  # tests/conftest.py FACTS_ON


def body(first: str, refusal: str | None, signed: str | None) -> dict:
    data = {**copy.deepcopy(BODY), "first_complaint_date": first, "signed_on": signed}
    if refusal:
        data["refusal_date"] = refusal
    return data


# (id, first complaint, refusal, signed_on, expected: text in the letter | (field, code, date))
CASES = [
    ("three_months_ago_today", "2026-08-25", None, None,
     ["Un délai de 3 mois s'est écoulé", "À Paris, le 25 novembre 2026"]),
    ("five_days_ago", "2026-11-20", None, None,
     ("first_complaint_date", "too_early", ("20 février 2027", "20 February 2027"))),
    ("one_day_short", "2026-08-26", None, None,
     ("first_complaint_date", "too_early", ("26 novembre 2026", "26 November 2026"))),
    ("month_end", "2026-05-31", None, None, ["à partir du 31 août 2026"]),
    ("prepared_in_advance", "2026-11-20", None, "2027-02-20",
     ["À Paris, le 20 février 2027", "Un délai de 3 mois s'est écoulé"]),
    ("signed_a_day_early", "2026-11-20", None, "2027-02-19",
     ("signed_on", "too_early", ("20 février 2027", "20 February 2027"))),
    ("dated_in_the_past_too_early", "2026-01-10", None, "2026-03-01",
     ("signed_on", "too_early", ("10 avril 2026", "10 April 2026"))),
    ("after_a_refusal", "2026-11-20", "2026-11-24", None,
     ["Par un avis du 24 novembre 2026", "à partir du 24 novembre 2026"]),
    ("signed_before_the_refusal", "2026-11-20", "2026-11-24", "2026-11-22",
     ("signed_on", "before_refusal", ("24 novembre 2026", "24 November 2026"))),
    ("refusal_after_the_delay", "2026-06-01", "2026-10-15", "2026-11-01",
     ["Par un avis du 15 octobre 2026"]),
    ("first_complaint_in_the_future", "2026-11-30", None, None,
     ("first_complaint_date", "future_date", ("", ""))),
]


@pytest.mark.parametrize(("case", "first", "refusal", "signed", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_partie_civile_dates(client, case, first, refusal, signed, expected):
    response = post(client, f"{URL}/partie-civile?format=txt", body(first, refusal, signed))
    assert_dated_outcome(response, expected)


@pytest.mark.parametrize(("first", "refusal", "signed"), [
    (date(2026, 11, 20), None, date(2026, 11, 25)),
    (date(2026, 11, 20), date(2026, 11, 24), date(2026, 11, 23)),
])
def test_the_builder_itself_refuses_a_false_statement(first, refusal, signed):
    data = validate({**copy.deepcopy(BODY), "signed_on": signed.isoformat()})
    with pytest.raises(LetterInputError):
        build_partie_civile(data, OFFENCES, PARIS, first, refusal, TODAY, months=3)
    later = validate({**copy.deepcopy(BODY), "signed_on": "2027-03-01"})
    assert build_partie_civile(later, OFFENCES, PARIS, first, refusal, TODAY, months=3)


def test_messages_are_bilingual_with_french_spacing():
    (item,) = admissibility_errors(date(2026, 11, 20), None, TODAY, 3, "first_complaint_date")
    assert set(item["message"]) == {"fr", "en"}
    assert "recevable\u00a0:" in item["message"]["fr"]
    assert "3 mois" in item["message"]["fr"] and "3 months" in item["message"]["en"]
