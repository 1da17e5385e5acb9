"""Independent check: the law data holds the values of the legal reference's summary table.

The expectations below were typed by hand from the reference table, not read from the data.
"""

from datetime import date, timedelta

import pytest

from app.law import get_registry

LATER = date(2026, 11, 25)

# (article, date, circumstances, conduct, prison years, fine) — reference table, row by row
TABLE = [
    ("226-8", LATER, (), None, 1, 15_000),
    ("226-8", LATER, ("online_public",), None, 2, 45_000),
    ("226-8", date(2010, 6, 1), (), None, 1, 15_000),
    ("226-8-1", LATER, (), None, 2, 60_000),
    ("226-8-1", LATER, ("online_public",), None, 3, 75_000),
    ("226-1", LATER, (), None, 1, 45_000),
    ("226-1", LATER, ("partner",), None, 2, 60_000),
    ("226-1", LATER, ("public_role",), None, 2, 60_000),
    ("226-2", LATER, (), None, 1, 45_000),
    ("226-2-1", LATER, (), None, 2, 60_000),
    ("226-3-1", LATER, (), None, 1, 15_000),
    ("226-3-1", LATER, ("minor_victim",), None, 2, 30_000),
    ("226-3-1", LATER, ("images_recorded",), None, 2, 30_000),
    ("226-3-1", LATER, ("several_authors",), None, 2, 30_000),
    ("226-4-1", LATER, (), None, 1, 15_000),
    ("226-4-1", LATER, ("partner",), None, 2, 30_000),
    ("222-33-2-2", LATER, (), None, 1, 15_000),
    ("222-33-2-2", LATER, ("online_public",), None, 2, 30_000),
    ("222-33-2-2", LATER, ("minor_victim",), None, 2, 30_000),
    ("222-33-2-2", LATER, ("vulnerable_victim",), None, 2, 30_000),
    ("222-33-2-2", LATER, ("itt_over_8_days",), None, 2, 30_000),
    ("222-33-2-2", LATER, ("online_public", "minor_victim"), None, 3, 45_000),
    ("222-33-2-3", LATER, (), None, 3, 45_000),
    ("222-33-2-3", LATER, ("itt_over_8_days",), None, 5, 75_000),
    ("222-33-2-3", LATER, ("suicide_or_attempt",), None, 10, 150_000),
    ("222-33", LATER, (), None, 2, 30_000),
    ("222-33", LATER, ("online_public",), None, 3, 45_000),
    ("222-33", LATER, ("digital_medium",), None, 3, 45_000),
    ("222-33", LATER, ("minor_under_15",), None, 3, 45_000),
    ("312-10", LATER, (), None, 5, 75_000),
    ("312-10", LATER, ("online_public",), None, 7, 100_000),
    ("312-10", LATER, ("threat_executed",), None, 7, 100_000),
    ("227-23-1", LATER, (), None, 7, 100_000),
    ("227-23-1", LATER, ("minor_under_15",), None, 10, 150_000),
    ("227-23", LATER, (), "making", 5, 75_000),
    ("227-23", LATER, (), "disseminating", 5, 75_000),
    ("227-23", LATER, ("online_public",), "disseminating", 7, 100_000),
    ("227-23", LATER, ("organised_gang",), "disseminating", 10, 500_000),
    ("227-23", LATER, (), "possessing", 5, 75_000),
    ("223-1-1", LATER, (), None, 3, 45_000),
    ("223-1-1", LATER, ("minor_victim",), None, 5, 75_000),
    ("223-1-1", LATER, ("vulnerable_victim",), None, 5, 75_000),
    ("223-1-1", LATER, ("public_role",), None, 5, 75_000),
    ("223-1-1", date(2022, 6, 1), (), None, 3, 45_000),
    ("223-1-1", date(2022, 6, 1), ("minor_victim",), None, 5, 75_000),
]


@pytest.mark.parametrize(("rule_id", "on", "circumstances", "conduct", "years", "fine"), TABLE)
def test_reference_penalties(rule_id, on, circumstances, conduct, years, fine):
    penalty = get_registry().penalty_at(rule_id, on, circumstances, conduct=conduct)
    assert (penalty.prison_years, penalty.fine_eur) == (years, fine)


# (article, start of the version the reference names, start date exact?)
IN_FORCE = [
    ("226-8", date(2024, 5, 23), True),
    ("226-8-1", date(2024, 5, 23), True),
    ("226-1", date(2024, 3, 23), True),
    ("226-2-1", date(2016, 10, 9), False),
    ("226-3-1", date(2018, 8, 6), False),
    ("226-4-1", date(2020, 8, 1), True),
    ("222-33-2-2", date(2024, 3, 23), True),
    ("222-33-2-3", date(2022, 3, 4), True),
    ("227-23-1", date(2021, 4, 23), True),
    ("227-23", date(2021, 4, 23), True),
    ("223-1-1", date(2024, 3, 23), False),
    ("312-10", date(2024, 5, 23), False),
    ("131-35-1", date(2024, 5, 23), True),
]


@pytest.mark.parametrize(("rule_id", "start", "exact"), IN_FORCE)
def test_reference_start_dates(rule_id, start, exact):
    current = get_registry().offence(rule_id).current
    assert (current.start, current.end, current.start_exact) == (start, None, exact)
    if not exact:
        assert current.uncertain is not None


def test_226_8_earlier_version():
    rule = get_registry().offence("226-8")
    first = rule.versions[0]
    assert (first.start, first.end) == (date(2002, 1, 1), date(2024, 5, 22))
    # The article exists since the 1994 Code pénal: 2001 is "not held", never "not in force".
    assert rule.coverage_at(date(2001, 6, 1)) == "not_held"


# Laws without a date of their own enter into force the day after publication in the Journal
# officiel (Code civil, art. 1): (article, law's date, JO date, start held).
DAY_AFTER_PUBLICATION = [
    ("226-2-1", date(2016, 10, 7), date(2016, 10, 8), date(2016, 10, 9)),
    ("226-6", date(2016, 10, 7), date(2016, 10, 8), date(2016, 10, 9)),
    ("226-3-1", date(2018, 8, 3), date(2018, 8, 5), date(2018, 8, 6)),
    ("223-1-1", date(2021, 8, 24), date(2021, 8, 25), date(2021, 8, 26)),
    ("cpp-15-3-1-1", date(2023, 1, 24), date(2023, 1, 25), date(2023, 1, 26)),
]


@pytest.mark.parametrize(("rule_id", "signed", "published", "start"), DAY_AFTER_PUBLICATION)
def test_start_is_the_day_after_publication_not_the_signature(rule_id, signed, published,
                                                               start):
    first = get_registry().offence(rule_id).versions[0]
    assert first.start == start == published + timedelta(days=1) and first.start != signed
    assert not first.start_exact and first.start_basis == "in_force"
    assert "Code civil" in first.uncertain["en"] and "Code civil" in first.uncertain["fr"]


# Articles that existed before the first version held: earlier dates read "not held".
EXISTED_BEFORE = ["226-1", "226-2", "226-4-1", "226-6", "226-8", "222-33", "222-33-2-2",
                  "227-23", "312-10", "131-35-1", "cpp-8", "cpp-10-2", "cpp-15-3", "cpp-43",
                  "cpp-85", "cpp-88", "cpp-706-47", "222-33-2-1", "132-80", "222-22", "cpp-9-1",
                  "cpp-801"]


@pytest.mark.parametrize("rule_id", EXISTED_BEFORE)
def test_articles_older_than_the_data_are_not_held_before(rule_id):
    rule = get_registry().offence(rule_id)
    assert rule.earlier_versions is not None
    assert rule.coverage_at(date(1995, 1, 1)) == "not_held"


# (article, version index, what its start is): dates of a dated copy of the text, or borrowed.
NOT_AN_ENTRY_INTO_FORCE = [
    ("312-10", 0, "text_checked"),
    ("cpp-706-47", 0, "text_checked"),
    ("cpp-88", 0, "text_checked"),
    ("226-2", 0, "held_from"),
    ("cpp-9-1", 0, "text_checked"),
    ("cpp-801", 0, "text_checked"),
    ("cjpm-l11-4", 0, "text_checked"),
    ("cjpm-l121-5", 0, "text_checked"),
    ("cjpm-l121-6", 0, "text_checked"),
    ("cjpm-l121-7", 0, "text_checked"),
    # Texts read in dated copies: the CPP of May 2023, the CASF of June 2023, the codes and the
    # LCEN of 13 July 2025 (issue 14).
    *((rule_id, 0, "text_checked") for rule_id in (
        "cpp-40", "cpp-40-1", "cpp-40-2", "cpp-706-3", "cpp-706-5", "cpp-706-14", "cpp-706-15-1",
        "cpp-706-15-2", "casf-l226-2-1", "cciv-9", "cpc-835", "lcen-6-3", "lcen-6", "cjpm-l11-1",
        "cjpm-l11-3", "cjpm-l12-4", "cjpm-l13-3", "cjpm-l111-1", "cjpm-l112-2", "cjpm-l311-1",
        "cjpm-l423-4", "cjpm-l423-8", "cjpm-l521-1", "cjpm-l521-7", "cjpm-l521-9")),
    ("cpp-706-52", 0, "text_checked"),
    ("cpp-706-53", 0, "text_checked"),
]


@pytest.mark.parametrize(("rule_id", "index", "basis"), NOT_AN_ENTRY_INTO_FORCE)
def test_dates_that_are_not_an_entry_into_force_say_so(rule_id, index, basis):
    version = get_registry().offence(rule_id).versions[index]
    assert version.start_basis == basis and version.in_force_since is None
    assert not version.start_exact and version.uncertain is not None


def test_every_other_start_is_an_entry_into_force():
    flagged = {(rule_id, index) for rule_id, index, _ in NOT_AN_ENTRY_INTO_FORCE}
    for rule in get_registry().all():
        for index, version in enumerate(rule.versions):
            if (rule.id, index) not in flagged:
                assert version.in_force_since == version.start, (rule.id, index)


def test_223_1_1_candidates_only_from_the_later_version():
    rule = get_registry().offence("223-1-1")
    first, current = rule.versions
    assert (first.start, first.end, current.start) == (
        date(2021, 8, 26), date(2024, 3, 22), date(2024, 3, 23))
    early = {a.key: a for a in first.aggravations}["public_role"]
    late = {a.key: a for a in current.aggravations}["public_role"]
    assert "candidat" not in early.label["fr"].replace("ni les candidats", "")
    assert "candidate" in late.label["fr"] and late.grade == "C"
    # The April 2023 text was read in the consolidated code (A): no weaker grade on it.
    assert early.grade is None and "4 avril 2023" in early.label["fr"]
    assert not current.start_exact and current.uncertain is not None


def test_312_10_paragraph_3_date_is_grade_c():
    current = get_registry().offence("312-10").current
    assert current.grade == "C"
    assert {a.key: a.grade for a in current.aggravations}["online_public"] == "C"


def test_complaint_required_only_for_226_1_to_226_2_1():
    law = get_registry()
    required = {rule.id for rule in law.all() if rule.complaint_required}
    assert required == {"226-1", "226-2", "226-2-1"}
    assert law.offence("226-6").current.values["articles"] == ("226-1", "226-2", "226-2-1")


def test_procedure_values():
    law = get_registry()
    assert law.offence("cpp-8").current.values["years"] == 6
    assert law.offence("cpp-8").current.values["minor_years_from_majority"] == 10
    assert law.offence("cpp-85").current.values["months"] == 3
    suspension = law.offence("131-35-1").current.values
    assert (suspension["max_months"], suspension["max_months_repeat_offender"]) == (6, 12)
    for listed in ("222-33", "222-33-2-2", "222-33-2-3", "226-1", "226-2", "226-2-1", "226-4-1",
                   "226-8", "226-8-1", "227-23", "227-23-1", "223-1-1"):
        assert listed in suspension["applies_to"]
    for excluded in ("226-3-1", "312-10"):
        assert excluded not in suspension["applies_to"]
        assert excluded in suspension["not_applicable"]


def test_limitation_list_of_706_47():
    values = get_registry().offence("cpp-706-47").current.values
    assert values["listed"] == ("227-23",)
    assert values["listed_uncertain"] == ("222-33",)
    for absent in ("226-2-1", "226-3-1", "226-8-1", "222-33-2-2", "227-23-1", "312-10"):
        assert absent in values["not_listed"]
    everything = values["listed"] + values["listed_uncertain"] + values["not_listed"]
    assert len(everything) == len(set(everything))
