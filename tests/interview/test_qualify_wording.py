"""The questions' wording: same keys and placeholders in French and English, every question
and answer worded, French typography, and no legal value typed by hand."""

from __future__ import annotations

import re
import string

import pytest

from app.interview.qualify_steps import qualify_flow
from tests.conftest import MISSING_NBSP

# A penalty or an amount typed by hand would escape the law data.
LEGAL_VALUE = re.compile(r"\d+\s*(ans?|years?)\b|€|\beuros?\b|\d{1,3}[ \u00a0.,]000", re.I)


def leaves(tree, path=()):
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from leaves(value, (*path, str(key)))
    else:
        yield path, tree


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_french_and_english_have_the_same_keys_and_placeholders():
    fr, en = (dict(leaves(qualify_flow().text(lang))) for lang in ("fr", "en"))
    assert set(fr) == set(en), set(fr) ^ set(en)
    for path, text in fr.items():
        assert isinstance(text, str), path
        assert placeholders(text) == placeholders(en[path]), path


def test_every_step_question_and_choice_is_worded():
    flow = qualify_flow()
    for lang in ("fr", "en"):
        words = flow.text(lang)
        for step in flow.steps:
            assert words["steps"][step.id]["title"]
            for question in step.questions:
                text = words["questions"][question.id]
                assert text["question"] and "hint" in text
                if question.type == "choice":
                    assert set(text["choices"]) == set(question.choices), question.id
        for code in ("required", "invalid_choice", "invalid_date", "invalid_integer"):
            assert words["errors"][code]


def test_the_wording_really_differs_between_languages():
    fr, en = (dict(leaves(qualify_flow().text(lang))) for lang in ("fr", "en"))
    same = [p for p, text in fr.items() if text and text == en[p] and len(text) > 12]
    assert not same, same


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_legal_value_is_typed_in_the_wording(lang):
    typed = [(p, t) for p, t in leaves(qualify_flow().text(lang)) if LEGAL_VALUE.search(t)]
    assert not typed, typed


def test_french_typography():
    faults = [(p, t) for p, t in leaves(qualify_flow().text("fr"))
              if MISSING_NBSP.search(t) or re.search(r"«(?!\u00a0)|(?<!\u00a0)»", t)]
    assert not faults, faults
