"""The law data added for qualification in real cases, checked against the legal reference.

Every expected value below was typed by hand from the reference files (addenda 2 and 3), not read
from app/law/data: a drift between the data and the reference fails here.
"""

from datetime import date

import pytest

from app.law import get_registry
from app.law.events import legal_events

LATER = date(2026, 11, 25)

# (article, date, circumstances, conduct, prison years, fine)
TABLE = [
    ("222-33-2-1", LATER, (), 3, 45_000),
    ("222-33-2-1", LATER, ("itt_over_8_days",), 5, 75_000),
    ("222-33-2-1", LATER, ("minor_present",), 5, 75_000),
    ("222-33-2-1", LATER, ("suicide_or_attempt",), 10, 150_000),
    ("222-33-2-1", date(2020, 8, 1), (), 3, 45_000),
    ("227-22-2", LATER, (), 7, 100_000),
    ("227-22-2", LATER, ("minor_under_15",), 10, 150_000),
    ("227-22-2", LATER, ("organised_gang",), 10, 1_000_000),
    ("227-22-2", date(2021, 4, 23), (), 7, 100_000),
]


@pytest.mark.parametrize(("rule_id", "on", "circumstances", "years", "fine"), TABLE)
def test_new_offences_hold_the_reference_penalties(rule_id, on, circumstances, years, fine):
    penalty = get_registry().penalty_at(rule_id, on, circumstances)
    assert (penalty.prison_years, penalty.fine_eur) == (years, fine)


def test_partner_harassment_covers_former_partners_and_is_older_than_the_data():
    rule = get_registry().offence("222-33-2-1")
    assert rule.current.values["former_partners_covered"] is True
    assert "ancien conjoint" in rule.current.text["fr"]
    assert rule.coverage_at(date(2019, 6, 1)) == "not_held"
    assert rule.current.legifrance_id == "LEGIARTI000042193490"
    assert not rule.complaint_required


def test_inciting_a_minor_online_did_not_exist_before_23_april_2021():
    rule = get_registry().offence("227-22-2")
    assert rule.coverage_at(date(2021, 4, 22)) == "not_in_force"
    assert rule.current.values["adult_author_only"] is True
    assert "par un moyen de communication électronique" in rule.current.text["fr"]


def test_sexual_assault_definition_changed_on_8_november_2025():
    rule = get_registry().offence("222-22")
    before, after = rule.version_at(date(2025, 11, 7)), rule.version_at(date(2025, 11, 8))
    assert before.values["definition"] == "violence_coercion_threat_surprise"
    assert after.values["definition"] == "non_consensual"
    assert "menace" in before.text["fr"] and "non consenti" in after.text["fr"]
    assert after.grade == "B" and before.grade is None and rule.grade == "A"
    assert rule.kind == "general_provision"


def test_partner_aggravation_rule():
    rule = get_registry().offence("132-80")
    values = rule.current.values
    assert values["only_where_the_offence_provides"] is True
    assert values["former_partner_only_if_because_of_relationship"] is True
    assert rule.current.start == date(2018, 8, 6)
    assert "en raison des relations ayant existé" in rule.current.text["fr"]
    for article in ("226-2-1", "226-8-1", "312-10"):
        assert article in rule.uncertain["en"]


def test_articles_with_a_partner_aggravation_of_their_own():
    law = get_registry()
    for article in ("226-1", "226-4-1"):
        assert any(a.key == "partner" for a in law.offence(article).current.aggravations)
    for article in ("226-2-1", "226-8", "226-8-1", "227-23", "312-10"):
        assert all(a.key != "partner" for a in law.offence(article).current.aggravations)


def test_procedure_values_for_hidden_offences_and_deadlines():
    law = get_registry()
    assert law.offence("cpp-9-1").current.values["cap_years_delits"] == 12
    assert law.offence("cpp-801").current.values["extended_to"] == "next_working_day"
    cpp85 = law.offence("cpp-85")
    assert cpp85.current.values["months"] == 3
    assert cpp85.current.values["police_complaint_alone_starts_it"] is False
    assert "lettre recommandée avec demande d'avis de réception" in cpp85.current.text["fr"]
    assert "suspend" not in cpp85.current.text["fr"]
    # The suspension once claimed is not verified: the data says so, never the opposite.
    assert "not verified" in cpp85.uncertain["en"]
    assert law.offence("cpp-8").current.values["last_act_articles"] == (
        "222-33", "222-33-2-1", "222-33-2-2", "222-33-2-3")


def test_minors_penalties():
    law = get_registry()
    assert law.offence("cjpm-l11-4").current.values["no_penalty_under_age"] == 13
    assert law.offence("cjpm-l121-5").current.values["prison_fraction"] == 0.5
    fine = law.offence("cjpm-l121-6").current.values
    assert (fine["fine_fraction"], fine["fine_cap_eur"]) == (0.5, 7500)
    assert law.offence("cjpm-l121-7").current.values["exception_over_age"] == 16
    for rule_id in ("cjpm-l11-4", "cjpm-l121-5", "cjpm-l121-6", "cjpm-l121-7"):
        rule = law.offence(rule_id)
        assert rule.code == "code_justice_penale_mineurs" and rule.checked_on == date(2025, 7, 13)


def test_criminal_procedure_checked_dates_and_grades_are_those_of_the_texts_read():
    """CPP texts are grade A only as of the consolidated copies read in 2023 (22 March for the
    earlier reference file, about 29 May for addendum 2): no later checked-on date."""
    for rule in get_registry().all():
        if rule.code == "code_procedure_penale":
            assert rule.grade == "A", rule.id
            assert rule.checked_on in (date(2023, 3, 22), date(2023, 5, 29)), rule.id


def test_706_47_names_the_new_offences_as_not_listed():
    values = get_registry().offence("cpp-706-47").current.values
    assert "222-33-2-1" in values["not_listed"] and "227-22-2" in values["not_listed"]


def test_transposition_deadline_counts_from_entry_into_force():
    (event,) = [e for e in legal_events() if e.id == "eu-2024-1385-transposition"]
    assert event.date == date(2027, 6, 14)
    assert "entry into force" in event.title["en"] and "entrée en vigueur" in event.title["fr"]


# (rule, article id, article id derived, [(version start, version id, derived)]) as addendum 2
# gives them; None where it found none.
NEW_IDS = [
    ("222-33-2-1", "LEGIARTI000022469910", False,
     [(date(2020, 8, 1), "LEGIARTI000042193490", True)]),
    ("227-22-2", "LEGIARTI000043405753", True, [(date(2021, 4, 23), "LEGIARTI000043405753", True)]),
    ("222-22", "LEGIARTI000006417675", False,
     [(date(2021, 4, 23), "LEGIARTI000043409030", False), (date(2025, 11, 8), None, False)]),
    ("132-80", None, False, [(date(2018, 8, 6), None, False)]),
    ("cpp-9-1", None, False, [(date(2023, 5, 29), None, False)]),
    ("cpp-801", None, False, [(date(2023, 5, 29), None, False)]),
]


@pytest.mark.parametrize(("rule_id", "legiarti", "derived", "versions"), NEW_IDS)
def test_identifiers_of_the_new_articles(rule_id, legiarti, derived, versions):
    rule = get_registry().offence(rule_id)
    assert (rule.legifrance_id, rule.legifrance_id_derived) == (legiarti, derived)
    held = [(v.start, v.legifrance_id, v.legifrance_id_derived) for v in rule.versions]
    assert held == versions
