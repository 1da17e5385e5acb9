"""The action pack's wording: same keys in both languages, every field worded, the same
placeholders, French typography, and no duration typed by hand."""

from __future__ import annotations

import re

from app.interview.action_flow import action_flow

FR, EN = action_flow().text("fr"), action_flow().text("en")


def flat(tree, prefix=""):
    if isinstance(tree, dict):
        out = {}
        for key, value in tree.items():
            out.update(flat(value, f"{prefix}{key}."))
        return out
    return {prefix.rstrip("."): tree}


def test_same_keys_and_placeholders():
    fr, en = flat(FR), flat(EN)
    assert set(fr) == set(en)
    for key in fr:
        names = {re.sub("of_duration", "duration", n) for n in re.findall(r"{(\w+)}", fr[key])}
        assert names == set(re.findall(r"{(\w+)}", en[key])), key


def test_every_field_and_step_is_worded():
    flow = action_flow()
    for step in flow.steps:
        assert step.id in FR["steps"]
        for field in step.fields:
            assert field.name in FR["fields"], field.name
            for choice in field.choices:
                assert choice in FR["fields"][field.name]["choices"], (field.name, choice)


def test_french_typography():
    for key, text in flat(FR).items():
        if isinstance(text, str):
            assert not re.search(r" [:;!?»]|« ", text), key


def test_no_duration_typed():
    pattern = re.compile(r"\b(one|two|three|six|un|deux|trois|six|\d+) (month|week|mois|"
                         r"semaine)", re.IGNORECASE)
    for key, text in {**flat(FR), **flat(EN)}.items():
        assert not (isinstance(text, str) and pattern.search(text)), key
