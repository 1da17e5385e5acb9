"""penalty_at over the product's law data: a table of cases, one legal situation per row."""

from datetime import date

import pytest

from app.law import Penalty, UnknownArticle, UnknownConduct, get_registry

BEFORE_SREN = date(2024, 5, 22)
SREN = date(2024, 5, 23)
D2025 = date(2025, 1, 1)

# (rule id, date, circumstances, conduct, expected (prison years, fine) or None)
CASES = [
    # 226-8: no aggravation before SREN, online aggravation after
    ("226-8", BEFORE_SREN, set(), None, (1, 15000)),
    ("226-8", BEFORE_SREN, {"online_public"}, None, (1, 15000)),
    ("226-8", SREN, set(), None, (1, 15000)),
    ("226-8", SREN, {"online_public"}, None, (2, 45000)),
    ("226-8", date(2001, 12, 31), set(), None, None),
    # 226-8-1: did not exist before 23 May 2024
    ("226-8-1", BEFORE_SREN, {"online_public"}, None, None),
    ("226-8-1", SREN, set(), None, (2, 60000)),
    ("226-8-1", D2025, {"online_public"}, None, (3, 75000)),
    ("226-8-1", D2025, {"partner", "minor_victim"}, None, (2, 60000)),
    # 226-1 and 226-2 ("mêmes peines", tiers not applied)
    ("226-1", D2025, set(), None, (1, 45000)),
    ("226-1", D2025, {"partner"}, None, (2, 60000)),
    ("226-1", D2025, {"public_role"}, None, (2, 60000)),
    # 226-1 before 23 March 2024: versions of 1 August 2020 and 21 February 2024, no public role
    ("226-1", date(2024, 3, 22), set(), None, (1, 45000)),
    ("226-1", date(2024, 3, 22), {"public_role"}, None, (1, 45000)),
    ("226-1", date(2024, 2, 21), {"partner"}, None, (2, 60000)),
    ("226-1", date(2021, 6, 1), {"partner"}, None, (2, 60000)),
    ("226-1", date(2020, 8, 1), set(), None, (1, 45000)),
    ("226-1", date(2020, 7, 31), set(), None, None),
    ("226-2", date(2021, 6, 1), set(), None, (1, 45000)),
    ("226-2", date(2020, 7, 31), set(), None, None),
    ("226-2", D2025, {"partner"}, None, (1, 45000)),
    ("226-2-1", date(2020, 1, 1), {"online_public"}, None, (2, 60000)),
    # 226-3-1 voyeurism
    ("226-3-1", D2025, set(), None, (1, 15000)),
    ("226-3-1", D2025, {"images_recorded"}, None, (2, 30000)),
    ("226-3-1", D2025, {"minor_under_15"}, None, (2, 30000)),
    ("226-3-1", D2025, {"online_public"}, None, (1, 15000)),
    ("226-4-1", D2025, {"partner"}, None, (2, 30000)),
    ("226-4-1", D2025, {"online_public"}, None, (1, 15000)),
    # 222-33-2-2: one circumstance, two circumstances, two keys of the same item
    ("222-33-2-2", D2025, set(), None, (1, 15000)),
    ("222-33-2-2", D2025, {"online_public"}, None, (2, 30000)),
    ("222-33-2-2", D2025, {"online_public", "digital_medium"}, None, (2, 30000)),
    ("222-33-2-2", D2025, {"minor_victim", "minor_under_15"}, None, (2, 30000)),
    ("222-33-2-2", D2025, {"online_public", "minor_victim"}, None, (3, 45000)),
    ("222-33-2-2", D2025, {"itt_over_8_days", "vulnerable_victim", "minor_present"}, None,
     (3, 45000)),
    ("222-33-2-2", D2025, {"digital_medium", "public_role"}, None, (3, 45000)),
    # 222-33-2-2, version of 4 March 2022: any minor, no elected-official item
    ("222-33-2-2", date(2024, 3, 22), {"online_public"}, None, (2, 30000)),
    ("222-33-2-2", date(2022, 3, 4), set(), None, (1, 15000)),
    ("222-33-2-2", date(2023, 1, 1), {"minor_victim", "digital_medium"}, None, (3, 45000)),
    ("222-33-2-2", date(2023, 1, 1), {"online_public", "public_role"}, None, (2, 30000)),
    ("222-33-2-2", date(2022, 3, 3), {"online_public"}, None, None),
    # 222-33-2-3 school harassment
    ("222-33-2-3", D2025, set(), None, (3, 45000)),
    ("222-33-2-3", D2025, {"itt_over_8_days"}, None, (5, 75000)),
    ("222-33-2-3", D2025, {"itt_over_8_days", "suicide_or_attempt"}, None, (10, 150000)),
    ("222-33-2-3", date(2022, 3, 3), set(), None, None),
    # 222-33 sexual harassment: "mineur de quinze ans", not any minor
    ("222-33", D2025, set(), None, (2, 30000)),
    ("222-33", D2025, {"minor_victim"}, None, (2, 30000)),
    ("222-33", D2025, {"minor_under_15"}, None, (3, 45000)),
    ("222-33", D2025, {"digital_medium"}, None, (3, 45000)),
    ("223-1-1", D2025, set(), None, (3, 45000)),
    ("223-1-1", D2025, {"minor_victim"}, None, (5, 75000)),
    # 227-23: conducts kept apart
    ("227-23", D2025, set(), "possessing", (5, 75000)),
    ("227-23", D2025, {"online_public"}, "possessing", (5, 75000)),
    ("227-23", D2025, {"online_public"}, "making", (5, 75000)),
    ("227-23", D2025, {"online_public"}, "disseminating", (7, 100000)),
    ("227-23", D2025, {"organised_gang"}, "possessing", (10, 500000)),
    ("227-23", D2025, {"online_public"}, None, (7, 100000)),
    ("227-23", date(2021, 4, 22), set(), "possessing", (5, 75000)),
    ("227-23", date(2020, 8, 1), {"online_public"}, "disseminating", (7, 100000)),
    ("227-23", date(2020, 7, 31), set(), "possessing", None),
    ("227-23-1", D2025, set(), None, (7, 100000)),
    ("227-23-1", D2025, {"minor_under_15"}, None, (10, 150000)),
    ("227-23-1", D2025, {"organised_gang", "minor_under_15"}, None, (10, 1000000)),
    # 312-10: online sextortion paragraph only in the later version; 312-11 in both
    ("312-10", date(2024, 1, 1), {"online_public"}, None, (5, 75000)),
    ("312-10", date(2024, 1, 1), {"threat_executed"}, None, (7, 100000)),
    ("312-10", D2025, {"online_public"}, None, (7, 100000)),
    ("312-10", date(2023, 1, 1), set(), None, None),
    # rules without a penalty of their own
    ("131-35-1", D2025, set(), None, None),
    ("cpp-8", D2025, set(), None, None),
]


@pytest.mark.parametrize(("rule_id", "on_date", "circumstances", "conduct", "expected"), CASES)
def test_penalty_at(rule_id, on_date, circumstances, conduct, expected):
    penalty = get_registry().penalty_at(rule_id, on_date, circumstances, conduct=conduct)
    if expected is None:
        assert penalty is None
    else:
        assert (penalty.prison_years, penalty.fine_eur) == expected


def test_applied_names_the_circumstances_used():
    law = get_registry()
    assert law.penalty_at("226-8-1", D2025, {"online_public"}).applied == ("online_public",)
    assert law.penalty_at("226-8-1", D2025, set()).applied == ()
    counted = law.penalty_at("222-33-2-2", D2025, {"minor_victim", "online_public"})
    assert set(counted.applied) == {"minor_victim", "online_public"}
    assert isinstance(counted, Penalty)


def test_not_in_force_and_not_held_are_told_apart():
    law = get_registry()
    assert law.offence("226-8-1").coverage_at(BEFORE_SREN) == "not_in_force"
    assert law.offence("222-33-2-2").coverage_at(date(2022, 3, 3)) == "not_held"
    assert law.offence("222-33-2-2").coverage_at(date(2022, 3, 4)) == "in_force"
    assert law.offence("226-8").coverage_at(BEFORE_SREN) == "in_force"


def test_errors():
    law = get_registry()
    with pytest.raises(UnknownArticle):
        law.penalty_at("226-99", D2025)
    assert issubclass(UnknownArticle, LookupError)
    with pytest.raises(ValueError, match="onlin_public"):
        law.penalty_at("226-8", D2025, {"onlin_public"})
    with pytest.raises(UnknownConduct):
        law.penalty_at("227-23", D2025, set(), conduct="viewing")
    with pytest.raises(TypeError):
        law.offence("226-8").version_at("2025-01-01")


def test_version_boundaries_of_226_8():
    rule = get_registry().offence("226-8")
    old, new = rule.versions
    assert rule.version_at(BEFORE_SREN) is old
    assert rule.version_at(SREN) is new
    assert (old.end, new.start, new.end) == (BEFORE_SREN, SREN, None)
    assert not old.aggravations


# Versions held before the current one: (rule id, date, the version's start, the day it came
# into force as the data holds it, the version's own grade).
VERSION_STARTS = [
    ("226-1", date(2020, 8, 1), date(2020, 8, 1), date(2020, 8, 1), "B"),
    ("226-1", date(2024, 2, 20), date(2020, 8, 1), date(2020, 8, 1), "B"),
    ("226-1", date(2024, 2, 21), date(2024, 2, 21), date(2024, 2, 21), "C"),
    ("226-1", date(2024, 3, 22), date(2024, 2, 21), date(2024, 2, 21), "C"),
    ("226-1", date(2024, 3, 23), date(2024, 3, 23), date(2024, 3, 23), None),
    ("226-2", date(2020, 8, 1), date(2020, 8, 1), None, None),
    ("222-33-2-2", date(2022, 3, 4), date(2022, 3, 4), date(2022, 3, 4), "B"),
    ("222-33-2-2", date(2024, 3, 22), date(2022, 3, 4), date(2022, 3, 4), "B"),
    ("222-33-2-2", date(2024, 3, 23), date(2024, 3, 23), date(2024, 3, 23), None),
    ("227-23", date(2020, 8, 1), date(2020, 8, 1), date(2020, 8, 1), "C"),
    ("227-23", date(2021, 4, 22), date(2020, 8, 1), date(2020, 8, 1), "C"),
    ("227-23", date(2021, 4, 23), date(2021, 4, 23), date(2021, 4, 23), None),
]


@pytest.mark.parametrize(("rule_id", "on_date", "start", "in_force_since", "grade"),
                         VERSION_STARTS)
def test_earlier_versions_held(rule_id, on_date, start, in_force_since, grade):
    rule = get_registry().offence(rule_id)
    version = rule.version_at(on_date)
    assert (version.start, version.in_force_since, version.grade) == (start, in_force_since, grade)
    if grade in ("B", "C"):  # a version resting on weaker sources says what is open
        assert version.uncertain and set(version.uncertain) == {"fr", "en"}
    assert rule.coverage_at(date(2020, 7, 31)) == "not_held"
