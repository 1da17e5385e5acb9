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


# The fields added for real cases: the same closed schema and every contradiction named.
@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({**VALID, "threat": "sexual_acts"}, [("threat", "invalid_choice")]),
        ({**VALID, "threat_channel": "dm"}, [("threat_channel", "invalid_choice")]),
        ({**VALID, "author_relationship": "ex"}, [("author_relationship", "invalid_choice")]),
        ({**VALID, "author_age": 15}, [("author_age", "invalid_choice")]),
        ({**VALID, "others_joined": True}, [("others_joined", "invalid_choice")]),
        ({**VALID, "how_obtained": "recorded"}, [("how_obtained", "invalid_choice")]),
        ({**VALID, "repeated_acts": "yes"}, [("repeated_acts", "invalid_boolean")]),
        ({**VALID, "age_shown_in_content": 121}, [("age_shown_in_content", "invalid_integer")]),
        ({**VALID, "age_shown_in_content": -1}, [("age_shown_in_content", "invalid_integer")]),
        ({**VALID, "age_shown_in_content": "16"}, [("age_shown_in_content", "invalid_integer")]),
        ({**VALID, "age_shown_in_content": False},
         [("age_shown_in_content", "invalid_integer")]),
        ({**VALID, "first_facts_date": "2026-12-01"}, [("first_facts_date", "future_date")]),
        ({**VALID, "first_facts_date": "1990-01-01"}, [("first_facts_date", "too_early")]),
        ({**VALID, "first_facts_date": "2024/01/01"}, [("first_facts_date", "invalid_date")]),
        ({**VALID, "first_facts_date": "2025-01-11"}, [("first_facts_date", "after_last_facts")]),
        ({**VALID, "author_is_partner": True, "author_relationship": "stranger"},
         [("author_relationship", "inconsistent_partner")]),
        ({**VALID, "author_is_partner": False, "author_relationship": "former_partner"},
         [("author_relationship", "inconsistent_partner")]),
        ({**VALID, "repeated_or_group": False, "repeated_acts": True},
         [("repeated_or_group", "inconsistent_group")]),
        ({**VALID, "repeated_or_group": False, "others_joined": "sent_on_or_attacked"},
         [("repeated_or_group", "inconsistent_group")]),
        ({**VALID, "repeated_or_group": True, "repeated_acts": False, "others_joined": "no"},
         [("repeated_or_group", "inconsistent_group")]),
        ({**VALID, "content_type": "real_intimate", "victim_age_at_facts": 20,
          "age_shown_in_content": 21}, [("age_shown_in_content", "inconsistent_age_shown")]),
    ],
)
def test_new_fields_refused(payload, expected):
    assert errors_of(payload) == expected


@pytest.mark.parametrize("payload", [
    {**VALID, "author_is_partner": True, "author_relationship": "former_partner"},
    {**VALID, "author_is_partner": True, "author_relationship": "unknown"},
    {**VALID, "author_is_partner": False, "author_relationship": "same_school"},
    {**VALID, "repeated_or_group": True, "repeated_acts": False, "others_joined": "unknown"},
    {**VALID, "repeated_or_group": True, "repeated_acts": True, "others_joined": "no"},
    {**VALID, "repeated_or_group": False, "repeated_acts": False,
     "others_joined": "only_received"},
    # A fake may show any age; only a real image cannot be older than the person.
    {**VALID, "victim_age_at_facts": 20, "age_shown_in_content": 35},
    {**VALID, "first_facts_date": "2025-01-10"},
    {**VALID, "threat": "sexual_act", "threat_channel": "private_messages"},
])
def test_new_fields_accepted_when_consistent(payload):
    parse_facts(payload, TODAY)


def test_the_older_answers_keep_their_meaning():
    partner = parse_facts({**VALID, "author_is_partner": True}, TODAY)
    assert partner.partner_kind == "either"
    assert parse_facts({**VALID, "author_relationship": "former_partner"},
                       TODAY).partner_kind == "former"
    grouped = parse_facts({**VALID, "repeated_or_group": True}, TODAY)
    assert grouped.repeated_by_author and grouped.pile_on
    received = parse_facts({**VALID, "repeated_acts": False, "others_joined": "only_received"},
                           TODAY)
    assert not received.repeated_by_author and not received.pile_on


def test_content_age_decides_for_the_image_not_the_person_today():
    facts = parse_facts({**VALID, "victim_age_at_facts": 20, "age_shown_in_content": 16}, TODAY)
    assert facts.content_minor and not facts.minor
    no_image = parse_facts({**VALID, "content_type": "none", "victim_age_at_facts": 20,
                            "age_shown_in_content": 16}, TODAY)
    assert not no_image.content_minor


def test_facts_seen_from_the_first_act():
    facts = parse_facts({**VALID, "victim_age_at_facts": 17, "first_facts_date": "2023-03-01"},
                        TODAY)
    earlier = facts.at(date(2023, 3, 1))
    assert earlier.facts_date == date(2023, 3, 1) and earlier.victim_age_at_facts == 16
    born = parse_facts({**VALID, "victim_birth_date": "2007-06-01",
                        "first_facts_date": "2023-03-01"}, TODAY)
    assert born.at(date(2023, 3, 1)).victim_age == 15
