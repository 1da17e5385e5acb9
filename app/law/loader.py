"""Read every rule file once, strictly, and check the links between rules.

Dates stay strings until validation (the YAML timestamp resolver is removed) so that a bad
date is reported with its file and field instead of as a bare parser error.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .schema import LawDataError, Rule
from .validate import build_rule

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_Base):  # type: ignore[misc, valid-type]
    """Safe loader without implicit timestamps and refusing duplicate keys."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}


def _mapping(loader, node):
    keys = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in keys:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        keys.add(key)
    return loader.construct_mapping(node, deep=True)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def parse_file(path: Path) -> Rule:
    """Parse and validate one rule file."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)  # noqa: S506
    except yaml.YAMLError as exc:
        raise LawDataError(path.name, "(yaml)", str(exc).replace("\n", " ")) from None
    return build_rule(raw, path.name, path.stem)


def load_rules(directory: Path) -> dict[str, Rule]:
    """Load every *.yaml file of `directory` and check cross-references between rules."""
    files = sorted(Path(directory).glob("*.yaml"))
    if not files:
        raise LawDataError(str(directory), "(directory)", "no rule files found")
    rules = {}
    for path in files:
        rule = parse_file(path)
        rules[rule.id] = rule
    check_links(rules)
    return rules


def check_links(rules: dict[str, Rule]) -> None:
    """226-6 and the complaint_required flags must agree; listed articles must exist."""
    complaint_rule = rules.get("226-6")
    if complaint_rule is not None:
        listed = set(complaint_rule.current.values.get("articles", []))
        flagged = {rule.id for rule in rules.values() if rule.complaint_required}
        if listed != flagged:
            raise LawDataError(
                "226-6.yaml",
                "versions[-1].values.articles",
                f"lists {sorted(listed)} but complaint_required is set on {sorted(flagged)}",
            )
    limitation = rules.get("cpp-706-47")
    if limitation is not None:
        for field_name in ("listed", "listed_uncertain", "not_listed"):
            for article in limitation.current.values.get(field_name, []):
                if article not in rules:
                    raise LawDataError(
                        "cpp-706-47.yaml",
                        f"versions[-1].values.{field_name}",
                        f"{article!r} is not a rule held in the data",
                    )
