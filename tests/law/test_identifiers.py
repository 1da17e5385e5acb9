"""Légifrance identifiers in the law data: every rule names its code's LEGITEXT, every version its
LEGIARTI or says "unknown"; ids the reference marks as derived are marked so in the data.

The expectations were typed by hand from the legal reference (dossier, addenda), not read from
the data.
"""

from datetime import date
from pathlib import Path

import pytest
import yaml

from app.law import get_registry
from app.law.registry import DATA_DIR

CP, CPP = "LEGITEXT000006070719", "LEGITEXT000006071154"
CJPM = "LEGITEXT000039086952"  # Code de la justice pénale des mineurs (addendum 3, S1)
CIV, CPC = "LEGITEXT000006070721", "LEGITEXT000006070716"  # Code civil, Code de procédure civile
CASF = "LEGITEXT000006074069"  # Code de l'action sociale et des familles
LCEN = "JORFTEXT000000801164"  # loi n° 2004-575 (addendum 2, S1b: jorftext000000801164.json)
CODE_TEXTS = {"code_penal": CP, "code_procedure_penale": CPP, "code_justice_penale_mineurs": CJPM,
              "code_civil": CIV, "code_procedure_civile": CPC,
              "code_action_sociale_familles": CASF, "lcen": LCEN}

# (rule, version start, version id or None, derived) as the reference gives them
VERSION_IDS = [
    ("226-8-1", date(2024, 5, 23), "LEGIARTI000049567458", False),
    ("226-8", date(2002, 1, 1), "LEGIARTI000006417938", False),
    ("226-8", date(2024, 5, 23), "LEGIARTI000049571542", False),
    ("226-1", date(2024, 3, 23), "LEGIARTI000049312755", False),
    ("226-6", date(2016, 10, 9), "LEGIARTI000033219748", False),
    ("131-35-1", date(2024, 5, 23), "LEGIARTI000049571590", False),
    ("226-2-1", date(2016, 10, 9), "LEGIARTI000033207318", True),
    ("226-3-1", date(2018, 8, 6), "LEGIARTI000037288087", True),
    ("227-23-1", date(2021, 4, 23), "LEGIARTI000043405758", True),
    ("222-33-2-3", date(2022, 3, 4), "LEGIARTI000045289333", False),
    ("cpp-15-3", date(2019, 3, 25), "LEGIARTI000038311441", False),
    ("cpp-15-3-1-1", date(2023, 1, 26), "LEGIARTI000047048413", False),
    # versions whose own id no source gives: the data says "unknown"
    ("226-1", date(2020, 8, 1), None, False),
    ("226-4-1", date(2020, 8, 1), None, False),
    ("222-33", date(2018, 8, 6), None, False),
    ("cpp-8", date(2021, 4, 23), None, False),
    ("cpp-85", date(2019, 3, 25), None, False),
    ("cpp-10-2", date(2023, 1, 26), None, False),
    ("cpp-40-3", date(2004, 3, 10), None, False),
]

# (rule, the article's own id or None) — base ids where the reference gives them
RULE_IDS = [
    ("226-8", "LEGIARTI000006417937"), ("226-1", "LEGIARTI000006417928"),
    ("312-10", "LEGIARTI000006418179"), ("227-23", "LEGIARTI000006418087"),
    ("131-35-1", "LEGIARTI000006417310"), ("222-33", "LEGIARTI000006417706"),
    ("222-33-2-2", "LEGIARTI000029334247"), ("226-6", "LEGIARTI000006417935"),
    ("226-4-1", "LEGIARTI000023709201"), ("cpp-8", "LEGIARTI000006574836"),
    ("cpp-85", "LEGIARTI000006575220"), ("cpp-15-3", "LEGIARTI000006574858"),
    ("cpp-10-2", "LEGIARTI000031050430"), ("cpp-40-3", "LEGIARTI000006574939"),
    ("cpp-706-47", None), ("cpp-43", None), ("cpp-88", None), ("226-2", None), ("223-1-1", None),
]


@pytest.mark.parametrize(("rule_id", "start", "legiarti", "derived"), VERSION_IDS)
def test_version_identifiers_are_those_of_the_reference(rule_id, start, legiarti, derived):
    rule = get_registry().offence(rule_id)
    version = next(v for v in rule.versions if v.start == start)
    assert (version.legifrance_id, version.legifrance_id_derived) == (legiarti, derived)


@pytest.mark.parametrize(("rule_id", "legiarti"), RULE_IDS)
def test_article_identifiers_are_those_of_the_reference(rule_id, legiarti):
    assert get_registry().offence(rule_id).legifrance_id == legiarti


def test_every_rule_names_the_legitext_of_its_code():
    for rule in get_registry().all():
        assert rule.legitext == CODE_TEXTS[rule.code]


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_version_states_its_identifier_or_unknown(path: Path):
    """Read as written: a missing id is the word "unknown", never an absent or empty key."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert raw["legitext"] in CODE_TEXTS.values()
    for item in [raw, *raw["versions"]]:
        value = item["legifrance_id"]
        assert value == "unknown" or (value.startswith("LEGIARTI") and len(value) == 20)
        if item.get("legifrance_id_derived"):
            assert value != "unknown"


def test_a_derived_identifier_is_derived_wherever_it_is_written():
    for rule in get_registry().all():
        for version in rule.versions:
            if version.legifrance_id and version.legifrance_id == rule.legifrance_id:
                assert version.legifrance_id_derived == rule.legifrance_id_derived, rule.id
