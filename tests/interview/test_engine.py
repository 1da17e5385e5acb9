"""The interview engine on a small interview of its own: a repeated group, a question required
only after an answer, "I don't know", a condition on a hidden answer, wording variants, at
least one box, and the strict reading of buttons, step names and repeated fields."""

from __future__ import annotations

import pytest

from app.interview.engine import load_flow
from app.interview.engine.answers import group_field, parse_action, step_id

QUESTIONS = """
hidden: [{id: kind, choices: [short, long]}]
variants: {for_parent: {who: [parent]}}
steps:
  - id: who
    questions:
      - {id: who, type: choice, choices: [self, parent], required: true}
      - {id: known, type: choice, choices: ["yes", "no"], dont_know: true}
      - {id: name, type: text, required_when: {known: ["yes"]}}
  - id: boxes
    at_least_one: true
    questions:
      - {id: a, type: checkbox}
      - {id: b, type: checkbox}
  - id: items
    group: items
    min: 1
    max: 3
    questions:
      - {id: date, type: date, required: true}
      - {id: url, type: url}
  - id: extra
    when: {kind: [long]}
    questions:
      - {id: more, type: textarea}
  - id: threat
    questions:
      - {id: threatened, type: boolean, required: true}
      - {id: how, type: choice, choices: [online, offline], required: true,
         when: {threatened: ["yes"]}}
  - id: review
    review: true
"""
WORDS = {"ui": {"dont_know": "?"}, "steps": {"who": {"title": "You"}},
         "errors": {"required": "R", "invalid_choice": "C", "invalid_date": "D",
                    "at_least_one": "One", "invalid_integer": "I"},
         "for_parent": {"steps": {"who": {"title": "Your child"}}}}


@pytest.fixture(scope="module")
def flow(tmp_path_factory):
    folder = tmp_path_factory.mktemp("interview")
    (folder / "questions.yaml").write_text(QUESTIONS, encoding="utf-8")
    (folder / "fr.yaml").write_text(repr(WORDS).replace("'", '"'), encoding="utf-8")
    return load_flow(folder / "questions.yaml", {"fr": folder / "fr.yaml"}, "test")


def codes(flow, step, answers):
    return {e["field"]: e["code"] for e in flow.validate(step, answers)}


def test_a_question_required_only_after_an_answer(flow):
    assert codes(flow, "who", {"who": "self"}) == {}
    assert codes(flow, "who", {"who": "self", "known": "yes"}) == {"name": "required"}
    assert codes(flow, "who", {"who": "self", "known": "no"}) == {}


def test_i_do_not_know_is_an_answer_read_as_unknown(flow):
    assert codes(flow, "who", {"who": "self", "known": "unknown"}) == {}
    assert "known" not in flow.payload({"who": "self", "known": "unknown"})
    assert codes(flow, "who", {"who": "self", "known": "maybe"}) == {"known": "invalid_choice"}


def test_at_least_one_box(flow):
    assert codes(flow, "boxes", {}) == {"a": "at_least_one"}
    assert codes(flow, "boxes", {"b": "yes"}) == {}


def test_a_repeated_group(flow):
    answers = {"items[0].date": "2025-01-02", "items[2].date": "31/02/2025", "items[1].url": "x"}
    assert flow.indices(answers, "items") == [0, 1, 2]
    assert codes(flow, "items", answers) == {"items[1].date": "required",
                                             "items[2].date": "invalid_date"}
    assert codes(flow, "items", {}) == {"items[0].date": "required"}  # min: 1
    assert flow.known("items[2].date") and not flow.known("items[3].date")  # max: 3
    assert not flow.known("items[02].date") and not flow.known("items[٣].date")
    carried = dict(flow.carried({**answers, "who": "self"}, flow.step("items")))
    assert carried == {"who": "self"}


def test_a_step_asked_after_a_hidden_answer(flow):
    assert [s.id for s in flow.visible_steps({})] == ["who", "boxes", "items", "threat",
                                                    "review"]
    assert "extra" in [s.id for s in flow.visible_steps({"kind": "long"})]
    assert flow.answers_from({"kind": "other", "who": " self "}) == {"who": "self"}


def test_wording_variants(flow):
    assert flow.text("fr")["steps"]["who"]["title"] == "You"
    assert flow.text("fr", {"who": "parent"})["steps"]["who"]["title"] == "Your child"


@pytest.mark.parametrize(("raw", "expected"), [
    ("next", ("next", None)), ("remove:3", ("remove", "3")), ("remove:99", ("remove", "99")),
    ("goto:facts", ("goto", "facts")), ("from-complaint", ("from-complaint", None)),
    ("", ("", None)),
    ("remove:²", None), ("remove:1¹", None), ("remove:٣", None), ("remove:" + "9" * 5000, None),
    ("remove:100", None), ("remove:03", None), ("remove:-1", None), ("remove:", None),
    ("goto:Facts", None), ("goto:../x", None), ("next\n", None), ("x" * 40, None),
])
def test_buttons_are_read_strictly(raw, expected):
    found = parse_action(raw)
    assert (tuple(found) if found else None) == expected


@pytest.mark.parametrize(("raw", "ok"), [("facts", True), ("facts²", False), ("", False),
                                          ("a" * 31, False), ("../facts", False)])
def test_step_names_are_read_strictly(raw, ok):
    assert (step_id(raw) == raw) is ok


@pytest.mark.parametrize(("name", "ok"), [("facts[0].date", True), ("facts[49].date", True),
                                           ("facts[00].date", False), ("facts[٣].date", False),
                                           ("facts[100].date", False), ("facts[1].Date", False)])
def test_repeated_field_names_are_read_strictly(name, ok):
    assert (group_field(name) is not None) is ok


def test_a_required_follow_up_is_asked_before_it_is_checked(flow):
    step = flow.step("threat")
    own = flow.validate("threat", {"threatened": "yes"})
    assert {e["field"] for e in own} == {"how"}  # required once asked
    errors, unseen = flow.ask_first(step, {"threatened": "yes"}, own, set())
    assert errors == [] and [q.id for q in unseen] == ["how"]  # not shown yet: ask it
    errors, unseen = flow.ask_first(step, {"threatened": "yes"}, own, {"how"})
    assert [e["code"] for e in errors] == ["required"] and unseen == []  # shown, left empty
    bad = flow.validate("threat", {"threatened": "maybe"})
    errors, unseen = flow.ask_first(step, {"threatened": "maybe"}, bad, set())
    assert [e["field"] for e in errors] == ["threatened"] and unseen == []
