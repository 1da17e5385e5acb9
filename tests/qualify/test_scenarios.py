"""The scenario table run through the real engine and the real law data."""

from __future__ import annotations

from datetime import date

import pytest

from app.law import get_registry
from app.qualify import qualify_json

from .scenarios import ALL_CASES, CASES, REAL_CASES

TODAY = date(2026, 11, 25)


def key(offence: dict, case) -> str:
    """The article, with the date it was assessed on when that is not the most recent act's."""
    if offence["assessed_on"] == case.facts["facts_date"]:
        return offence["article"]
    return f"{offence['article']}@{offence['assessed_on']}"
# Under any threat, the answer opens with what to do first; otherwise with nothing.
STEPS = {
    "none": (),
    "money_or_other": ("do_not_pay", "keep_evidence", "stop_contact", "call"),
    "sexual_content": ("do_not_send", "keep_evidence", "stop_contact", "call"),
    "sexual_act": ("sexual_act", "do_not_comply", "keep_evidence", "stop_contact", "call"),
}


def test_table_is_large_and_names_are_unique():
    assert len(CASES) >= 40 and len(REAL_CASES) >= 40
    assert len({c.name for c in ALL_CASES}) == len(ALL_CASES)


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.name for c in ALL_CASES])
def test_scenario(case):
    result = qualify_json(case.facts, TODAY)
    found = {key(o, case): o for o in result["offences"]}
    assert len(found) == len(result["offences"])
    assert set(found) == set(case.offences)
    law = get_registry()
    for offence in result["offences"]:
        assert offence["complaint_required"] is law.offence(offence["article"]).complaint_required
    for article, expected in case.offences.items():
        got = found[article]
        penalty = None if got["prison_years"] is None else (got["prison_years"], got["fine_eur"])
        assert penalty == expected, article
    assert {n["article"] for n in result["not_applicable"]} == case.not_applicable
    assert result["complaint_required"] is case.complaint
    if not case.offences:
        assert result["limitation"] is None
    else:
        # Unless the case says otherwise: six years from the facts, same calendar day.
        year, rest = case.facts["facts_date"].split("-", 1)
        years, ends_on = case.limitation or (6, f"{int(year) + 6}-{rest}")
        assert (result["limitation"]["years"], result["limitation"]["ends_on"]) == (years, ends_on)
    for text in case.caveat_has:
        assert text in result["limitation"]["caveat"]
    for article, since in case.since.items():
        assert found[article]["version_in_force_since"] == since, article
    for article, keys in case.aggravations.items():
        assert tuple(a["key"] for a in found[article]["aggravations"]) == keys, article
    for article, words in case.notes_have:
        assert any(words in note for note in found[article]["notes"]), (article, words)
    for article, words in case.notes_lack:
        assert not any(words in note for note in found[article]["notes"]), (article, words)
    for article, (ends_on, first_act) in case.ends.items():
        limit = found[article]["limitation"]
        assert (limit["ends_on"], limit["first_act_ends_on"]) == (ends_on, first_act), article
    if case.earliest:
        assert result["limitation"]["earliest_ends_on"] == case.earliest
    assert tuple(note["id"] for note in result["notes"]) == case.general
    services = result["services"]
    assert set(case.services_in) <= set(services)
    assert not set(case.services_out) & set(services)
    if case.first_service:
        assert services[0] == case.first_service
    steps = case.first_steps or STEPS[case.facts.get("threat", "none")]
    assert tuple(step["id"] for step in result["first_steps"]) == steps


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.name for c in ALL_CASES])
def test_scenario_same_law_in_english(case):
    """Only the words change with the language, never the legal answer."""
    fr = qualify_json(case.facts, TODAY)
    en = qualify_json({**case.facts, "lang": "en"}, TODAY)
    strip = ("title", "notes", "aggravations", "limitation")
    assert [{k: v for k, v in o.items() if k not in strip} for o in fr["offences"]] == [
        {k: v for k, v in o.items() if k not in strip} for o in en["offences"]
    ]
    assert [{k: v for k, v in o["limitation"].items() if k != "rule"} for o in fr["offences"]] \
        == [{k: v for k, v in o["limitation"].items() if k != "rule"} for o in en["offences"]]
    assert [n["id"] for n in fr["notes"]] == [n["id"] for n in en["notes"]]
    assert [[a["key"] for a in o["aggravations"]] for o in fr["offences"]] == [
        [a["key"] for a in o["aggravations"]] for o in en["offences"]
    ]
    assert fr["services"] == en["services"]
    assert fr["disclaimer"] != en["disclaimer"]
