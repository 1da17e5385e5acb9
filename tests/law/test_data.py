"""Every rule file of the product loads, is sourced, dated and bilingual."""

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from app.law import CIRCUMSTANCES, SHARED_CIRCUMSTANCES, get_registry
from app.law.registry import DATA_DIR

FILES = sorted(DATA_DIR.glob("*.yaml"))
EXPECTED_IDS = {
    "226-8", "226-8-1", "226-1", "226-2", "226-2-1", "226-3-1", "226-4-1", "226-6", "222-33",
    "222-33-2-2", "222-33-2-3", "223-1-1", "227-23", "227-23-1", "312-10", "131-35-1",
    "cpp-8", "cpp-706-47", "cpp-10-2", "cpp-15-3", "cpp-15-3-1-1", "cpp-43", "cpp-85", "cpp-88",
    # Qualification in real cases: partner harassment, the partner aggravation, sexual assault's
    # definition, inciting a minor online, hidden offences, deadlines, minors' penalties.
    "222-33-2-1", "132-80", "222-22", "227-22-2", "cpp-9-1", "cpp-801",
    "cjpm-l11-4", "cjpm-l121-5", "cjpm-l121-6", "cjpm-l121-7",
    # After the complaint, compensation, removal through the courts, school staff's duties, a
    # minor as the author (issue 14).
    "cpp-40", "cpp-40-1", "cpp-40-2", "cpp-40-3", "cpp-706-3", "cpp-706-5", "cpp-706-14",
    "cpp-706-15-1", "cpp-706-15-2", "434-3", "casf-l226-2-1", "cciv-9", "cciv-1242", "cpc-835",
    "lcen-6-3", "cjpm-l11-1", "cjpm-l11-3", "cjpm-l111-1", "cjpm-l112-2", "cjpm-l12-4",
    "cjpm-l13-3", "cjpm-l311-1", "cjpm-l423-4", "cjpm-l423-8", "cjpm-l521-1", "cjpm-l521-7",
    "cjpm-l521-9",
    # Who can obtain the preservation of a platform's data (the preservation request's caveat).
    "lcen-6",
    # The child's hearing, as the result page describes it (issue 13).
    "cpp-706-52", "cpp-706-53",
}


def test_the_expected_rules_are_held():
    assert {path.stem for path in FILES} == EXPECTED_IDS
    assert {rule.id for rule in get_registry().all()} == EXPECTED_IDS


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_rule_is_sourced_dated_and_bilingual(path):
    rule = get_registry().offence(path.stem)
    assert rule.sources and all(s.startswith(("https://", "http://")) for s in rule.sources)
    assert date(2023, 1, 1) <= rule.checked_on <= date(2026, 11, 25)
    assert rule.url.startswith("https://www.legifrance.gouv.fr/")
    assert rule.title["fr"] != rule.title["en"]
    for version in rule.versions:
        assert set(version.enacted_by) == {"fr", "en"}
        if version.text:
            assert version.text_source
        for aggravation in version.aggravations:
            assert aggravation.key in CIRCUMSTANCES
            assert set(aggravation.label) == {"fr", "en"}


def test_kinds_match_content():
    for rule in get_registry().all():
        has_penalty = all(v.penalty is not None for v in rule.versions)
        assert has_penalty == (rule.kind == "offence"), rule.id
        if rule.kind != "offence":
            assert all(v.values for v in rule.versions), rule.id


def test_the_shared_vocabulary_is_the_documented_one():
    assert {
        "online_public", "partner", "minor_victim", "minor_under_15", "several_authors",
        "vulnerable_victim", "threat_executed", "organised_gang", "itt_over_8_days",
        "digital_medium",
    } == SHARED_CIRCUMSTANCES


def test_registry_is_cached_and_ordered():
    law = get_registry()
    assert get_registry() is law
    ids = [rule.id for rule in law.all()]
    assert ids.index("226-8") < ids.index("226-8-1") < ids.index("227-23") < ids.index("cpp-8")
    assert ids.index("cpp-8") < ids.index("cpp-85") < ids.index("cpp-706-47")


def test_rules_are_frozen():
    rule = get_registry().offence("226-8")
    with pytest.raises(AttributeError):
        rule.grade = "U"
    with pytest.raises(TypeError):
        rule.title["fr"] = "autre"
    values = get_registry().offence("226-6").current.values
    with pytest.raises(TypeError):
        values["articles"] = ()
    assert isinstance(values["articles"], tuple)


def test_the_law_package_never_asks_for_today():
    package = Path(DATA_DIR).parent
    for source in package.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"\b(today|now|utcnow)\(", text), source.name


def test_no_two_circumstances_of_a_version_read_the_same():
    """A victim under 15 where the article says "a minor" is labelled as included in that
    circumstance, not under the same words (226-3-1, 222-33-2-2, 223-1-1)."""
    for rule in get_registry().all():
        for version in rule.versions:
            for lang in ("fr", "en"):
                labels = [a.label[lang] for a in version.aggravations]
                labels += [c.label[lang] for c in version.conducts]
                repeated = {label for label in labels if labels.count(label) > 1}
                assert not repeated, (rule.id, version.start, lang, repeated)
    minor = get_registry().offence("226-3-1").current
    labels = {a.key: a.label["en"] for a in minor.aggravations}
    assert "under 15" in labels["minor_under_15"] and "under 15" not in labels["minor_victim"]


def _french_notes(raw):
    """Every French string of a rule file except the quoted official texts (kept verbatim)."""
    if isinstance(raw, dict):
        for key, value in raw.items():
            if key == "text":
                continue
            if key == "fr" and isinstance(value, str):
                yield value
            else:
                yield from _french_notes(value)
    elif isinstance(raw, list):
        for item in raw:
            yield from _french_notes(item)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_french_notes_keep_french_typography(path):
    for text in _french_notes(yaml.safe_load(path.read_text(encoding="utf-8"))):
        assert not re.search(r"«[ \t\n]|[ \t\n]»", text), text
        assert not re.search(r"(?<=\S) [:;!?](?=\s|$)", text), text
