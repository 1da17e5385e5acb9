"""When a step or a question is asked: conditions on earlier answers, as data. No Flask.

A condition (`when:` in a questions file) lists alternatives; one holds when every answer it
names matches. A match is a list of allowed values (`~` for "not answered", yes/no for a yes/no
question or a check box) or `{min, max}` bounds on a whole number. Answers are compared as the
engine reads them (`Flow.values`): the value given when it is valid, None otherwise, a number
for a whole number.

    when: [{content_type: [real_intimate]}]                    # one alternative
    when: [{victim_age_at_facts: {max: 17}}, {victim_age_at_facts: [~]}]   # either
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Condition = tuple[dict[str, Any], ...]


def as_word(raw: Any) -> Any:
    """YAML reads yes/no as booleans: the engine's answers are the words."""
    if raw is True:
        return "yes"
    if raw is False:
        return "no"
    return raw


def parse(raw: Any, where: str) -> Condition:
    """A condition from a questions file: a list of alternatives (a single mapping is one
    alternative). ValueError names what is wrong."""
    if raw is None:
        return ()
    alternatives = [raw] if isinstance(raw, Mapping) else raw
    if not isinstance(alternatives, list) or not all(isinstance(a, Mapping) for a in
                                                     alternatives):
        raise ValueError(f"{where}: `when` must be a mapping or a list of mappings")
    parsed = []
    for alternative in alternatives:
        rules = {}
        for name, rule in alternative.items():
            if isinstance(rule, Mapping):
                if not set(rule) <= {"min", "max"}:
                    raise ValueError(f"{where}: bounds of {name!r} are min and max only")
                rules[name] = dict(rule)
            elif isinstance(rule, list):
                rules[name] = tuple(as_word(v) for v in rule)
            else:
                raise ValueError(f"{where}: {name!r} needs a list of values or bounds")
        parsed.append(rules)
    return tuple(parsed)


def names(condition: Condition) -> set[str]:
    return {name for alternative in condition for name in alternative}


def _matches(rule, value) -> bool:
    if isinstance(rule, dict):
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        return rule.get("min", value) <= value <= rule.get("max", value)
    return value in rule


def holds(condition: Condition, values: Mapping[str, Any]) -> bool:
    """True when there is no condition, or when one alternative matches every answer it names."""
    if not condition:
        return True
    return any(all(_matches(rule, values.get(name)) for name, rule in alternative.items())
               for alternative in condition)
