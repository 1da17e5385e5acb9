"""The loaded law, with the one computation every caller needs: the maximum penalty
that applied on a given date under given circumstances."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path

from .loader import load_rules
from .schema import CIRCUMSTANCES, CODES, Penalty, Rule, UnknownArticle, Version

DATA_DIR = Path(__file__).parent / "data"


def _sort_key(rule: Rule) -> tuple:
    """Codes in the order of CODES (Code pénal first), then by article number read as numbers
    (226-8 < 226-10)."""
    numbers = tuple(int(part) for part in re.findall(r"\d+", rule.article))
    return (CODES.index(rule.code), numbers)


class Registry:
    """All rules, keyed by id. Built once at start-up; read-only afterwards."""

    def __init__(self, rules: dict[str, Rule]):
        self._rules = dict(rules)
        self._ordered = sorted(self._rules.values(), key=_sort_key)

    def offence(self, rule_id: str) -> Rule:
        """Any rule by id (offence, procedure or complementary penalty)."""
        try:
            return self._rules[rule_id]
        except KeyError:
            raise UnknownArticle(rule_id) from None

    rule = offence

    def all(self) -> list[Rule]:
        return list(self._ordered)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def penalty_at(
        self,
        rule_id: str,
        on_date: date,
        circumstances: Iterable[str] = (),
        conduct: str | None = None,
    ) -> Penalty | None:
        """Maximum penalty on `on_date`; None when no version of the rule applied that day.

        Aggravations do not add up: the heaviest applicable one wins, except where the
        article sets a counted tier (222-33-2-2: two circumstances). `conduct` selects one
        conduct of articles that punish several (227-23); without it the article's main
        penalty is used and every matching aggravation is considered.
        """
        given = frozenset(circumstances)
        unknown = given - CIRCUMSTANCES
        if unknown:
            raise ValueError(f"unknown circumstance keys: {sorted(unknown)}")
        version = self.offence(rule_id).version_at(on_date)
        if version is None or version.penalty is None:
            return None
        return _max_penalty(version, given, conduct)


def _max_penalty(version: Version, given: frozenset, conduct: str | None) -> Penalty:
    base = version.penalty if conduct is None else version.conduct(conduct).penalty
    matched = [
        a for a in version.aggravations
        if a.key in given and (conduct is None or not a.conducts or conduct in a.conducts)
    ]
    candidates = [(base, ())]
    candidates += [(a.penalty, (a.key,)) for a in matched]
    items = {a.item for a in matched}
    for tier in version.counted:
        if len(items) >= tier.count:
            candidates.append((tier.penalty, tuple(a.key for a in matched)))
    best = max(penalty for penalty, _ in candidates)
    applied: list[str] = []
    for penalty, keys in candidates:
        if penalty == best:
            applied += [key for key in keys if key not in applied]
    return Penalty(best.prison_years, best.fine_eur, tuple(applied))


def load_registry(path: str | Path) -> Registry:
    """Load and validate the rule files of `path` (uncached; tests and tools)."""
    return Registry(load_rules(Path(path)))


@lru_cache(maxsize=1)
def get_registry() -> Registry:
    """The product's law data, loaded and validated once per process."""
    return load_registry(DATA_DIR)
