"""'My action plan': the dates computed from the answers (table), and the page itself."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.interview.action.plan import dates
from app.law import get_registry
from app.letters.action import deadline
from app.letters.partie_civile import add_months
from app.letters.wording import long_date
from tests.conftest import localized

from .helpers import ANSWERS

TODAY = date(2026, 11, 25)
MONTH = deadline("gdpr_answer").amount  # durations from the data, never typed here
APPEAL = deadline("dsa_appeal_window").amount
CPP85 = get_registry().offence("cpp-85").version_at(TODAY).values["months"]
ERASE = {"pack.erasure": "yes"}

CASES = [  # (answers, name, expected date)
    ({"pack.platform_appeal": "yes", "pack.decision_date": "2026-10-10"}, "appeal_until",
     add_months(date(2026, 10, 10), APPEAL)),
    ({"pack.platform_appeal": "yes", "pack.decision_date": "2026-08-31"}, "appeal_until",
     add_months(date(2026, 8, 31), APPEAL)),
    ({**ERASE, "pack.request_date": "2026-10-03"}, "erasure_answer_by",
     add_months(date(2026, 10, 3), MONTH)),
    ({**ERASE, "pack.request_date": "2026-10-31"}, "erasure_answer_by", date(2026, 11, 30)
     if MONTH == 1 else add_months(date(2026, 10, 31), MONTH)),
    ({**ERASE, "pack.request_date": "2026-10-03"}, "cnil_from",
     date.fromordinal(add_months(date(2026, 10, 3), MONTH).toordinal() + 1)),
    (ERASE, "erasure_sent", TODAY),  # a new request: sent today
    (ERASE, "erasure_answer_by", add_months(TODAY, MONTH)),
    ({"pack.cnil_complaint": "yes", "pack.request_date": "2026-09-01", "pack.minor": "yes"},
     "erasure_answer_by", add_months(date(2026, 9, 1), deadline("lil51_answer").amount)),
    # The CPP 85 months end on Tuesday 5 January 2027 at midnight: from the next day (CPP 801).
    ({"pack.preservation": "yes", "pack.complaint_date": "2026-10-05"}, "partie_civile_from",
     add_months(date(2026, 10, 5), CPP85) + timedelta(days=1)),
    ({"pack.preservation": "yes", "first_complaint_date": "2026-06-30"}, "partie_civile_from",
     add_months(date(2026, 6, 30), CPP85) + timedelta(days=1)),
]


@pytest.mark.parametrize(("answers", "name", "expected"), CASES)
def test_computed_dates(answers, name, expected):
    assert dates(answers, TODAY)[name] == expected


@pytest.mark.parametrize("answers", [
    {"pack.platform_appeal": "yes"},  # no decision: no date invented
    {"pack.platform_appeal": "yes", "pack.decision_date": "2030-01-01"},  # future: ignored
    {"pack.platform_notice": "yes", "pack.decision_date": "2026-10-10"},  # appeal not chosen
])
def test_no_appeal_date_without_a_past_decision(answers):
    assert "appeal_until" not in dates(answers, TODAY)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_plan_page_states_the_dates_and_links(client, lang):
    response = client.post(localized(f"/{lang}/action/plan"), data=ANSWERS)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and page.count("<h1") == 1
    assert response.headers["Cache-Control"].startswith("no-store")
    for value in dates(ANSWERS, TODAY).values():
        assert long_date(value, lang) in page
    assert f'href="/{lang}/' in page and 'class="no-print"' in page


def test_plan_without_letters_is_422(client):
    response = client.post("/en/action/plan", data={"victim.first_name": "Camille"})
    assert response.status_code == 422 and "Camille" in response.get_data(as_text=True)


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", ["article 12, paragraphe 3", "prolonger de deux mois",
            "Sans réponse ni information d'une prolongation"]),
    ("en", ["article 12(3)", "extend it by two further months",
            "Without an answer or word of an extension"]),
])
def test_the_gdpr_month_cites_article_12_3_and_its_extension(lang, said):
    from app.interview.action import action_flow
    from app.interview.action.plan import plan

    words = action_flow().text(lang)["plan"]
    entries = plan({**ERASE, "pack.request_date": "2026-10-03"}, TODAY, lang, words, "X")
    text = " ".join(line for entry in entries for line in entry["lines"])
    for expected in said:
        assert expected in text, expected
    minor = plan({**ERASE, "pack.minor": "yes", "pack.request_date": "2026-10-03"}, TODAY, lang,
                 words, "X")
    assert "12" not in " ".join(minor[0]["lines"][1:])  # article 51: no extension
