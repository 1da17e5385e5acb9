"""Input validation: a closed schema, every problem reported with bilingual messages."""

from __future__ import annotations

from datetime import date

import pytest

from app.qualify import Facts, QualifyInputError, parse_facts, qualify_json

TODAY = date(2026, 11, 25)
VALID = {"facts_date": "2025-01-10", "content_type": "sexual_deepfake"}


def errors_of(payload) -> list[tuple[str, str]]:
    with pytest.raises(QualifyInputError) as caught:
        parse_facts(payload, TODAY)
    for error in caught.value.errors:
        assert set(error["message"]) == {"fr", "en"}
        assert all(error["message"].values())
        assert error["message"]["fr"] != error["message"]["en"]
    return [(e["field"], e["code"]) for e in caught.value.errors]


def test_minimal_payload_gets_defaults():
    facts = parse_facts(VALID, TODAY)
    assert facts == Facts(date(2025, 1, 10), "sexual_deepfake")
    assert (facts.distribution, facts.threat, facts.lang) == ("none", "none", "fr")
    assert facts.threat_carried_out is False
    assert facts.victim_age is None and not facts.minor


def test_full_payload():
    payload = {
        **VALID, "how_obtained": "given_or_self_made", "distribution": "public_online",
        "labelled_as_fake": True, "victim_age_at_facts": 16, "victim_birth_date": "2008-05-05",
        "threat": "sexual_content", "repeated_or_group": True, "impersonation": True,
        "author_is_partner": False, "solicited_images_from_minor": True, "lang": "en",
        "threat_carried_out": True,
    }
    facts = parse_facts(payload, TODAY)
    assert facts.threat_carried_out is True
    assert facts.victim_birth_date == date(2008, 5, 5)
    assert facts.minor and not facts.under_15 and facts.public and facts.shared


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({**VALID, "name": "x"}, [("name", "unknown_field")]),
        ({**VALID, "email": "a@b", "city": "Paris"},
         [("city", "unknown_field"), ("email", "unknown_field")]),
        ({}, [("facts_date", "required"), ("content_type", "required")]),
        ({"content_type": "deepfake"}, [("facts_date", "required")]),
        ({**VALID, "content_type": "photo"}, [("content_type", "invalid_choice")]),
        ({**VALID, "distribution": "public"}, [("distribution", "invalid_choice")]),
        ({**VALID, "threat": True}, [("threat", "invalid_choice")]),
        ({**VALID, "how_obtained": "stolen"}, [("how_obtained", "invalid_choice")]),
        ({**VALID, "lang": "de"}, [("lang", "invalid_choice")]),
        ({**VALID, "labelled_as_fake": "yes"}, [("labelled_as_fake", "invalid_boolean")]),
        ({**VALID, "impersonation": 1}, [("impersonation", "invalid_boolean")]),
        ({**VALID, "threat_carried_out": "yes"}, [("threat_carried_out", "invalid_boolean")]),
        ({**VALID, "threat_carried_out": 1}, [("threat_carried_out", "invalid_boolean")]),
        ({**VALID, "threat_carried_out": [True]}, [("threat_carried_out", "invalid_boolean")]),
        ({**VALID, "threat_executed": True}, [("threat_executed", "unknown_field")]),
        ({**VALID, "facts_date": "2027-01-01"}, [("facts_date", "future_date")]),
        ({**VALID, "facts_date": "2026-11-26"}, [("facts_date", "future_date")]),
        ({**VALID, "facts_date": "1994-02-28"}, [("facts_date", "too_early")]),
        ({**VALID, "facts_date": "10/01/2025"}, [("facts_date", "invalid_date")]),
        ({**VALID, "facts_date": "2025-02-30"}, [("facts_date", "invalid_date")]),
        ({**VALID, "facts_date": 20250110}, [("facts_date", "invalid_date")]),
        ({**VALID, "victim_age_at_facts": 121}, [("victim_age_at_facts", "invalid_integer")]),
        ({**VALID, "victim_age_at_facts": -1}, [("victim_age_at_facts", "invalid_integer")]),
        ({**VALID, "victim_age_at_facts": "16"}, [("victim_age_at_facts", "invalid_integer")]),
        ({**VALID, "victim_age_at_facts": 16.5}, [("victim_age_at_facts", "invalid_integer")]),
        ({**VALID, "victim_age_at_facts": True}, [("victim_age_at_facts", "invalid_integer")]),
        ({**VALID, "victim_birth_date": "2030-01-01"}, [("victim_birth_date", "future_date")]),
        ({**VALID, "victim_birth_date": "2025-06-01"}, [("victim_birth_date", "after_facts")]),
        ({**VALID, "victim_birth_date": "2008-05-05", "victim_age_at_facts": 17},
         [("victim_age_at_facts", "inconsistent_age")]),
        ({**VALID, "victim_age_at_facts": 25, "solicited_images_from_minor": True},
         [("solicited_images_from_minor", "inconsistent_minor")]),
        ({**VALID, "victim_birth_date": "1990-01-01", "solicited_images_from_minor": True},
         [("solicited_images_from_minor", "inconsistent_minor")]),
    ],
)
def test_refused(payload, expected):
    assert errors_of(payload) == expected


def test_every_problem_is_reported_at_once():
    codes = errors_of({"facts_date": "2099-01-01", "content_type": "x", "lang": "it", "z": 1})
    assert sorted(codes) == [("content_type", "invalid_choice"), ("facts_date", "future_date"),
                             ("lang", "invalid_choice"), ("z", "unknown_field")]


@pytest.mark.parametrize("payload", [None, [], "facts", 3])
def test_not_an_object(payload):
    assert errors_of(payload) == [("", "not_an_object")]


def test_age_matches_birth_date_on_the_birthday():
    facts = parse_facts({**VALID, "victim_birth_date": "2007-01-10", "victim_age_at_facts": 18},
                        TODAY)
    assert facts.victim_age == 18 and not facts.minor
    assert parse_facts({**VALID, "victim_birth_date": "2007-01-11"}, TODAY).minor


def test_boundaries_accepted():
    assert parse_facts({**VALID, "facts_date": "1994-03-01"}, TODAY).facts_date.year == 1994
    assert parse_facts({**VALID, "facts_date": "2026-11-25"}, TODAY).facts_date == TODAY
    assert parse_facts({**VALID, "victim_age_at_facts": 0}, TODAY).under_15
    assert parse_facts({**VALID, "victim_age_at_facts": 120}, TODAY).victim_age == 120


def test_date_objects_accepted_from_python_callers():
    assert parse_facts({**VALID, "facts_date": date(2025, 1, 10)}, TODAY).facts_date.day == 10


def test_facts_are_frozen():
    facts = parse_facts(VALID, TODAY)
    with pytest.raises(AttributeError):
        facts.lang = "en"  # type: ignore[misc]


def test_qualify_json_validates_first():
    with pytest.raises(QualifyInputError):
        qualify_json({**VALID, "victim_name": "Jane"}, TODAY)
