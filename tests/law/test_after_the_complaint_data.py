"""The law data behind the pages on what follows a complaint, compensation, removal through the
courts, school staff's duties and a minor as the author (issue 14), and the earlier versions quoted
for lawyers.

The expectations below were typed by hand from the legal reference (addendum 2 §1.5, §2.4, §2.7,
§3.2-3.3, §4.1, §5.1; addendum 3 §1-2), not read from the data.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.law import get_registry
from app.law.events import legal_events

ON = date(2026, 11, 25)

# (rule, value name, value, words of the quoted text that say it)
VALUES = [
    ("cpp-706-3", "full_compensation_itt_months", 1, "égale ou supérieure à un mois"),
    ("cpp-706-5", "years_from_offence", 3, "délai de trois ans à compter de la date"),
    ("cpp-706-5", "years_after_final_decision", 1, "n'expire qu'un an après la décision"),
    ("cpp-706-14", "cap_in_monthly_ceilings", 3, "au maximum égale au triple"),
    ("cpp-706-14", "itt_under_months", 1, "inférieure à un mois"),
    ("cpp-706-15-2", "months_without_payment", 2, "dans un délai de deux mois"),
    ("cpp-706-15-2", "years_from_final_decision", 1, "dans le délai d'un an"),
    ("cjpm-l11-1", "discernment_presumed_from_age", 13, "moins de treize ans sont présumés ne pas"),
    ("cjpm-l423-4", "tribunal_pour_enfants_from_age", 13, "âgé d'au moins treize ans"),
    ("cjpm-l423-4", "tribunal_pour_enfants_min_prison_years", 3, "supérieure ou égale à trois ans"),
    ("cjpm-l423-8", "first_hearing_min_days", 10, "inférieur à dix jours"),
    ("cjpm-l423-8", "first_hearing_max_months", 3, "supérieur à trois mois"),
    ("cjpm-l521-9", "sanction_hearing_min_months", 6, "entre six et neuf mois"),
    ("cjpm-l521-9", "sanction_hearing_max_months", 9, "entre six et neuf mois"),
    ("cjpm-l112-2", "no_contact_max_years", 1, "pour une durée d'un an maximum"),
    ("cjpm-l112-2", "platform_accounts_ban_max_months", 6, "durée maximale de six mois"),
    ("cjpm-l521-1", "hearings", 2, "Une audience de prononcé de la sanction"),
]


@pytest.mark.parametrize(("rule_id", "name", "expected", "words"), VALUES)
def test_values_are_those_of_the_reference_and_of_the_text(rule_id, name, expected, words):
    version = get_registry().offence(rule_id).version_at(ON)
    assert version.values[name] == expected
    assert words in version.text["fr"]


# (rule, code, kind, date of the copy read, grade)
TEXTS = [
    ("cpp-40", "code_procedure_penale", "duty", date(2023, 5, 29), "A"),
    ("cpp-40-1", "code_procedure_penale", "procedure", date(2023, 5, 29), "A"),
    ("cpp-40-2", "code_procedure_penale", "procedure", date(2023, 5, 29), "A"),
    ("cpp-40-3", "code_procedure_penale", "procedure", date(2023, 5, 29), "A"),
    ("cpp-706-3", "code_procedure_penale", "procedure", date(2023, 5, 29), "A"),
    ("cpp-706-15-1", "code_procedure_penale", "procedure", date(2023, 5, 29), "A"),
    ("434-3", "code_penal", "duty", date(2025, 7, 13), "A"),
    ("casf-l226-2-1", "code_action_sociale_familles", "duty", date(2023, 6, 3), "A"),
    ("cciv-9", "code_civil", "general_provision", date(2025, 7, 13), "A"),
    ("cciv-1242", "code_civil", "general_provision", date(2025, 7, 13), "A"),
    ("cpc-835", "code_procedure_civile", "procedure", date(2025, 7, 13), "A"),
    ("lcen-6-3", "lcen", "procedure", date(2025, 7, 13), "A"),
    ("cjpm-l13-3", "code_justice_penale_mineurs", "general_provision", date(2025, 7, 13), "A"),
]


@pytest.mark.parametrize(("rule_id", "code", "kind", "checked", "grade"), TEXTS)
def test_each_text_is_filed_under_its_code_dated_and_graded(rule_id, code, kind, checked, grade):
    rule = get_registry().offence(rule_id)
    assert (rule.code, rule.kind, rule.checked_on, rule.grade) == (code, kind, checked, grade)
    version = rule.version_at(ON)
    assert version.text["fr"].strip() and version.text_source in rule.sources
    assert rule.uncertain or rule.earlier_versions


def test_duties_state_who_must_tell_whom_and_no_penalty_of_their_own():
    law = get_registry()
    assert law.offence("cpp-40").current.values["report_to"] == "procureur"
    assert law.offence("cpp-40").current.values["penalty_in_this_code"] is False
    assert law.offence("casf-l226-2-1").current.values["to"] == "president_conseil_departemental"
    assert law.offence("434-3").current.values["applies_to"] == "anyone"
    for rule_id in ("cpp-40", "casf-l226-2-1", "434-3"):
        assert all(v.penalty is None for v in law.offence(rule_id).versions)
    # 434-3's own penalty is read in its quoted text, for lawyers.
    text = law.offence("434-3").current.text["fr"]
    assert "trois ans d'emprisonnement et de 45 000 euros" in text
    assert "cinq ans d'emprisonnement et 75 000 euros" in text


def test_the_appeal_to_the_procureur_general_sets_no_time_limit():
    rule = get_registry().offence("cpp-40-3")
    version = rule.current
    assert version.values["time_limit"] == "none"
    assert not re.search(r"\bdélai\b", version.text["fr"])
    assert rule.legifrance_id == "LEGIARTI000006574939"
    # Its date comes from a version list on a secondary site (B); its words from the 2023 copy (A).
    assert (version.grade, version.text_grade, version.in_force_since) == ("B", "A",
                                                                           date(2004, 3, 10))


def test_image_offences_are_not_in_706_3s_list():
    listed = get_registry().offence("cpp-706-3").current.values["listed_articles"]
    assert "222-22 to 222-30" in listed and "227-25 to 227-27" in listed
    for article in ("226-1", "226-2-1", "226-8-1", "312-10", "222-33-2-2", "227-23"):
        assert not any(item.startswith(article) for item in listed)
    assert "226-8-1" in get_registry().offence("cpp-706-3").uncertain["en"]


def test_parents_liability_without_cohabitation_from_25_june_2025():
    rule = get_registry().offence("cciv-1242")
    assert rule.version_at(date(2025, 6, 24)) is None
    assert rule.coverage_at(date(2025, 6, 24)) == "not_held"
    current = rule.version_at(date(2025, 6, 25))
    assert current.values["cohabitation_required"] is False
    assert (current.grade, current.text_grade) == ("B", "A")
    assert "habitant avec eux" in rule.earlier_versions["fr"]


def test_the_take_it_down_act_events():
    events = {event.id: event for event in legal_events()}
    assert events["take-it-down-act"].date == date(2025, 5, 19)
    removal = events["us-take-it-down-removal"]
    assert (removal.date, removal.grade) == (date(2026, 5, 19), "B")


# Earlier versions quoted verbatim for lawyers: (rule, version start, words only that version has)
EARLIER_TEXTS = [
    ("226-8", date(2002, 1, 1), "le fait de publier, par quelque voie que ce soit"),
    ("312-10", date(2023, 4, 4), "Le chantage est puni de cinq ans d'emprisonnement"),
    ("223-1-1", date(2021, 8, 26), "titulaire d'un mandat électif public ou d'un journaliste"),
    ("222-22", date(2021, 4, 23), "commise avec violence, contrainte, menace ou surprise"),
]
YEARS = {1: "un an", 3: "trois ans", 5: "cinq ans"}


@pytest.mark.parametrize(("rule_id", "start", "words"), EARLIER_TEXTS)
def test_earlier_versions_are_quoted_with_their_source(rule_id, start, words):
    rule = get_registry().offence(rule_id)
    version = next(v for v in rule.versions if v.start == start)
    assert version.end is not None, "an earlier version has an end"
    assert words in version.text["fr"]
    assert version.text_source in rule.sources
    assert words not in rule.current.text["fr"] or rule_id == "312-10"
    if version.penalty:
        years = YEARS[version.penalty.prison_years]
        fine = f"{version.penalty.fine_eur:,}".replace(",", " ")
        assert f"{years} d'emprisonnement et de {fine} euros d'amende" in version.text["fr"]
    # Only the third paragraph is new in 312-10's current text.
    if rule_id == "312-10":
        assert "service de communication au public en ligne" not in version.text["fr"]
