"""The action pack's wording: French typography, and no duration typed by hand (keys,
placeholders and every question worded: tests/interview/test_wording.py)."""

from __future__ import annotations

import re

from app.interview.action import action_flow

FR, EN = action_flow().text("fr"), action_flow().text("en")


def flat(tree, prefix=""):
    if isinstance(tree, dict):
        out = {}
        for key, value in tree.items():
            out.update(flat(value, f"{prefix}{key}."))
        return out
    return {prefix.rstrip("."): tree}


def test_french_typography():
    for key, text in flat(FR).items():
        if isinstance(text, str):
            assert not re.search(r" [:;!?»]|« ", text), key


def test_no_duration_typed():
    pattern = re.compile(r"\b(one|two|three|six|un|deux|trois|six|\d+) (month|week|mois|"
                         r"semaine)", re.IGNORECASE)
    for key, text in {**flat(FR), **flat(EN)}.items():
        assert not (isinstance(text, str) and pattern.search(text)), key
