"""The appeal to the procureur général against a classement sans suite, from the site: the
complaint's own answers (the one complaint interview, kind pg_appeal) plus the decision's date,
reference and stated reason, made into the `pg-appeal` letter in four formats, read back."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import localized
from tests.letters.readback import squash, text_of

from .answers import ANSWERS, PG, step_title


def test_the_review_of_a_complaint_offers_the_appeal(client):
    page = client.post("/en/complaint", data={**ANSWERS, "step": "options", "action": "next"}
                       ).get_data(as_text=True)
    assert step_title(page) == "Check and download"
    assert 'formaction="/en/complaint/appeal"' in page


def test_the_appeal_asks_the_decision_first_then_keeps_the_complaint_answers(client):
    page = client.post(localized("/fr/complaint/appeal"), data=ANSWERS).get_data(as_text=True)
    assert step_title(page) == "La décision de classement sans suite"
    assert 'name="decision_reference"' in page and 'value="Camille"' in page
    missing = client.post("/en/complaint", data={**ANSWERS, "kind": "pg_appeal",
                                                 "step": "decision", "action": "next"})
    assert missing.status_code == 422
    text = missing.get_data(as_text=True)
    assert 'id="decision_reference-error"' in text and 'id="decision_date-error"' in text
    review = client.post("/en/complaint", data={**PG, "step": "options", "action": "next"}
                         ).get_data(as_text=True)
    assert step_title(review) == "Check and download"
    assert "procureur général" in review and "/complaint/follow-up" not in review


@pytest.mark.parametrize("fmt", ["pdf", "docx", "odt", "txt"])
def test_the_appeal_in_four_formats(client, fmt):
    response = client.post(localized(f"/fr/complaint/document/{fmt}"), data=PG)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert "recours-procureur-general" in response.headers["Content-Disposition"]
    text = squash(text_of(fmt, response.data))
    for expected in ("procureur général", "26/123/456", "Auteur inconnu", "Camille MARTIN",
                     "20 novembre 2026", "L'auteur a été identifié depuis."):
        assert squash(expected) in text, expected


def test_a_decision_before_the_complaint_is_refused_on_its_field(client):
    response = client.post("/en/complaint", data={**PG, "decision_date": "2026-09-01",
                                                  "step": "decision", "action": "next"})
    assert response.status_code == 422
    assert 'id="decision_date-error"' in response.get_data(as_text=True)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(
    st.sampled_from(["complaint_date", "decision_date", "decision_reference",
                     "decision_reason", "cour_appel", "grounds", "kind"]),
    st.one_of(st.text(max_size=80), st.sampled_from(["2026-11-20", "2099-01-01", "31/02/2026",
                                                     "pg_appeal", ""])), max_size=4),
    path=st.sampled_from(["/en/complaint", localized("/fr/complaint/appeal"),
                          "/en/complaint/document/txt", localized("/fr/complaint/print")]))
def test_fuzz_the_appeal_fields(client, changes, path):
    data = {**PG, **changes, "step": "decision", "action": "next"}
    assert client.post(path, data=data).status_code < 500
