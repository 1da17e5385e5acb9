"""Every interview's wording (its own over the engine's): same keys and placeholders in French and
English, every step, question, choice and error worded, French typography, and no legal value
typed by hand. Adding a question without its wording in both languages fails here."""

from __future__ import annotations

import re
import string

import pytest

from app.interview.action import action_flow
from app.interview.complaint import complaint_flow
from app.interview.qualify import qualify_flow
from tests.conftest import MISSING_NBSP

FLOWS = {"qualify": qualify_flow, "complaint": complaint_flow, "action": action_flow}
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


@pytest.fixture(params=list(FLOWS))
def flow(request):
    return FLOWS[request.param]()


def test_french_and_english_have_the_same_keys_and_placeholders(flow):
    fr, en = (dict(leaves(flow.text(lang))) for lang in ("fr", "en"))
    assert set(fr) == set(en), set(fr) ^ set(en)
    for path, text in fr.items():
        assert isinstance(text, str), path
        names = {re.sub("of_duration", "duration", n) for n in placeholders(text)}
        assert names == {re.sub("of_duration", "duration", n)
                         for n in placeholders(en[path])}, path


def test_every_step_question_choice_and_error_is_worded(flow):
    for lang in ("fr", "en"):
        words = flow.text(lang)
        codes = {"required", "invalid_choice"}
        for step in flow.steps:
            text = words["steps"][step.id]
            assert text["title"], step.id
            if step.group:
                assert text["item"] and text["add"] and text["remove"], step.id
            if step.layout == "checkboxes":
                assert text["legend"] and text["hint"], step.id
            codes |= {"at_least_one"} if step.at_least_one else set()
            for question in step.questions:
                key = f"{step.group}.{question.id}" if step.group else question.id
                worded = words["questions"][key]
                assert worded["label"] and "hint" in worded, key
                if question.type == "choice" and question.choices:
                    offered = set(question.choices)
                    assert offered - {"unknown"} <= set(worded["choices"]) <= offered, key
                codes |= {"invalid_date"} if question.type == "date" else set()
                codes |= {"invalid_integer"} if question.type == "integer" else set()
        for code in codes:
            assert words["errors"][code], code
        for variant in flow.definition.variants:
            assert words[variant], variant


def test_the_wording_really_differs_between_languages(flow):
    fr, en = (dict(leaves(flow.text(lang))) for lang in ("fr", "en"))
    same = [p for p, text in fr.items() if text == en[p] and len(text) > 12
            and re.search(r"[^\W\d_]", re.sub(r"{\w+}", "", text))]  # words, not a layout
    assert not same, same


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_legal_value_is_typed_in_the_wording(flow, lang):
    typed = [(p, t) for p, t in leaves(flow.text(lang)) if LEGAL_VALUE.search(t)]
    assert not typed, typed


def test_french_typography(flow):
    faults = [(p, t) for p, t in leaves(flow.text("fr"))
              if MISSING_NBSP.search(t) or re.search(r"«(?!\u00a0)|(?<!\u00a0)»", t)]
    assert not faults, faults
