"""Properties over any valid facts: the engine never fails and never exceeds the law."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.law import get_registry
from app.qualify import parse_facts, qualify
from app.qualify.facts import BOOLEANS, CHOICES, EARLIEST_FACTS_DATE
from app.qualify.limitation import add_years

TODAY = date(2026, 11, 25)


def top_tier(rule) -> tuple:
    """The heaviest penalty any version of the rule holds, in any circumstance."""
    penalties = []
    for version in rule.versions:
        penalties.append(version.penalty)
        penalties += [a.penalty for a in version.aggravations]
        penalties += [t.penalty for t in version.counted]
        penalties += [c.penalty for c in version.conducts]
    return max((p.prison_years, p.fine_eur) for p in penalties if p is not None)


@st.composite
def payloads(draw):
    facts_date = draw(st.dates(EARLIEST_FACTS_DATE, TODAY))
    payload = {"facts_date": facts_date.isoformat(),
               "content_type": draw(st.sampled_from(CHOICES["content_type"]))}
    for field in ("how_obtained", "distribution", "threat", "lang"):
        if draw(st.booleans()):
            payload[field] = draw(st.sampled_from(CHOICES[field]))
    for field in BOOLEANS:
        if draw(st.booleans()):
            payload[field] = draw(st.booleans())
    age_source = draw(st.sampled_from(["none", "age", "birth", "both"]))
    age = None
    if age_source in ("birth", "both"):
        birth = draw(st.dates(facts_date - timedelta(days=365 * 100), facts_date))
        payload["victim_birth_date"] = birth.isoformat()
        age = facts_date.year - birth.year - ((facts_date.month, facts_date.day)
                                              < (birth.month, birth.day))
        if age_source == "both":
            payload["victim_age_at_facts"] = age
    elif age_source == "age":
        age = draw(st.integers(0, 120))
        payload["victim_age_at_facts"] = age
    if age is not None and age >= 18:
        payload.pop("solicited_images_from_minor", None)
    return payload


@settings(max_examples=400, deadline=None)
@given(payloads())
def test_qualify_never_raises_and_stays_within_the_law(payload):
    facts = parse_facts(payload, TODAY)
    result = qualify(facts, TODAY)
    law = get_registry()
    assert result["facts_date"] == facts.facts_date.isoformat()
    for offence in result["offences"]:
        rule = law.offence(offence["article"])
        assert offence["title"] == rule.title[facts.lang]
        if offence["prison_years"] is not None:
            assert (offence["prison_years"], offence["fine_eur"]) <= top_tier(rule)
            version = rule.version_at(facts.facts_date)
            assert version.start <= facts.facts_date
            # A start that is only a checked text's date is never given as a coming into force.
            expected = version.in_force_since.isoformat() if version.in_force_since else None
            assert offence["version_in_force_since"] == expected
        if offence["article"] == "312-10":
            # 312-11 only on the answer that the threat was carried out, never assumed.
            counted = "threat_executed" in [a["key"] for a in offence["aggravations"]]
            assert counted == (facts.threat_carried_out and offence["prison_years"] is not None)
    assert any(o["article"] == "312-10" for o in result["offences"]) == (facts.threat != "none")
    for item in result["not_applicable"]:
        assert item["reason"]
    limitation = result["limitation"]
    assert (limitation is None) == (not result["offences"])
    if limitation:
        assert limitation["starts_on"] <= limitation["ends_on"]
        assert limitation["starts_on"] >= result["facts_date"]
        # Never shorter than the ordinary period from the facts, whatever else applies.
        ordinary = add_years(facts.facts_date, law.offence("cpp-8").current.values["years"])
        assert limitation["ends_on"] >= ordinary.isoformat()
        assert ("au moins" if facts.lang == "fr" else "at least") in limitation["caveat"]
        assert "expir" not in limitation["caveat"].lower()
    assert result["complaint_required"] in (True, False)
    if result["complaint_required"]:
        assert all(law.offence(o["article"]).complaint_required for o in result["offences"])
    assert result["services"] and result["services"][-1] == "116006"
    assert bool(result["first_steps"]) == (facts.threat != "none")
