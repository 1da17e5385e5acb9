"""The official texts quoted from the LEGI open-data export of 13 July 2025: each is attached to
the version in force on that day, sourced and graded as such, and states the penalties held."""

from __future__ import annotations

import re

import pytest

from app.law import get_registry
from tests.law.quoted import EXPORT_DAY, LEGI_EXPORT, QUOTED_FROM_EXPORT

YEARS = {1: "un an", 2: "deux ans", 3: "trois ans", 5: "cinq ans", 7: "sept ans", 10: "dix ans"}


def _fine(amount: int) -> str:
    if amount == 1_000_000:
        return r"un million d'euros"
    return re.escape(f"{amount:,}".replace(",", " ")) + r" (?:euros|€)"


def _penalties(version):
    yield version.penalty
    for aggravation in version.aggravations:
        yield aggravation.penalty


@pytest.mark.parametrize("rule_id", QUOTED_FROM_EXPORT)
def test_the_text_belongs_to_the_version_in_force_on_the_export_day(rule_id):
    rule = get_registry().offence(rule_id)
    version = rule.version_at(EXPORT_DAY)
    assert version is not None and version.start <= EXPORT_DAY
    assert version is rule.current
    assert version.text["fr"].strip()
    assert version.text_source == LEGI_EXPORT
    assert LEGI_EXPORT in rule.sources
    assert (version.grade or rule.grade) == "A"
    assert rule.checked_on == EXPORT_DAY


@pytest.mark.parametrize("rule_id", QUOTED_FROM_EXPORT)
def test_the_quoted_text_states_the_penalties_held(rule_id):
    version = get_registry().offence(rule_id).version_at(EXPORT_DAY)
    text = version.text["fr"]
    for penalty in _penalties(version):
        years = YEARS[penalty.prison_years]
        assert re.search(rf"{years} d'emprisonnement et (?:de |à )?{_fine(penalty.fine_eur)}",
                         text), (rule_id, penalty)


@pytest.mark.parametrize("rule_id", QUOTED_FROM_EXPORT)
def test_the_quoted_text_is_laid_out_in_paragraphs(rule_id):
    # The export runs some paragraphs together ("d'amende.Les peines"); the data sets them out.
    text = get_registry().offence(rule_id).current.text["fr"]
    assert not re.search(r"[.;:][A-Z0-9]", text)
    assert "\n\n" in text
