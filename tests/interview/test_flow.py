"""The interview engine on the guided questions, by tables: navigation, conditions,
conversion, validation, hidden fields."""

from __future__ import annotations

import pytest

from app.interview.engine import Question, load_flow, parse_date
from app.interview.engine.answers import convert
from app.interview.qualify import qualify_flow
from app.qualify.facts import BOOLEANS, CHOICES, DATES, FIELDS

ADULT_FAKE = {"facts_date": "2025-01-10", "content_type": "sexual_deepfake",
              "victim_age_at_facts": "30"}
REAL = {"facts_date": "2025-01-10", "content_type": "real_intimate"}
NO_IMAGE = {"facts_date": "2025-01-10", "content_type": "none"}
MINOR = {**ADULT_FAKE, "victim_age_at_facts": "15"}
NO_AGE = {"facts_date": "2025-01-10", "content_type": "deepfake"}


@pytest.mark.parametrize("answers, current, expected", [
    ({}, "when", "content"),
    (ADULT_FAKE, "content", "origin"),
    (REAL, "content", "origin"),
    (NO_IMAGE, "content", "sharing"),  # no image: nothing to ask about its origin
    (ADULT_FAKE, "person", "author"),  # an adult: the minors' step is skipped
    (MINOR, "person", "minor"),
    (NO_AGE, "person", "minor"),  # age unknown: ask, it may be a minor
    ({**ADULT_FAKE, "victim_age_at_facts": "18"}, "person", "author"),
    ({**ADULT_FAKE, "victim_age_at_facts": "17"}, "person", "minor"),
    ({**ADULT_FAKE, "victim_age_at_facts": "abc"}, "person", "minor"),  # invalid = unknown
    (ADULT_FAKE, "author", None),
])
def test_next_step(answers, current, expected):
    following = qualify_flow().next_step(current, answers)
    assert (following.id if following else None) == expected


@pytest.mark.parametrize("answers, current, expected", [
    (ADULT_FAKE, "when", None),
    (ADULT_FAKE, "sharing", "origin"),
    (NO_IMAGE, "sharing", "content"),
    (ADULT_FAKE, "author", "person"),
    (MINOR, "author", "minor"),
])
def test_previous_step(answers, current, expected):
    previous = qualify_flow().previous_step(current, answers)
    assert (previous.id if previous else None) == expected


@pytest.mark.parametrize("answers, step, expected", [
    # One count for the whole way: a step an answer skips keeps its number.
    ({}, "when", (1, 8)),
    (ADULT_FAKE, "content", (2, 8)),
    (NO_IMAGE, "sharing", (4, 8)),  # no image: "origin" (3) is skipped
    (ADULT_FAKE, "author", (8, 8)),  # an adult: "minor" (7) is skipped
    (MINOR, "author", (8, 8)),
])
def test_position(answers, step, expected):
    assert qualify_flow().position(step, answers) == expected


@pytest.mark.parametrize("answers, visible", [
    (ADULT_FAKE, ["labelled_as_fake"]),
    (REAL, ["how_obtained"]),
    (NO_IMAGE, []),
])
def test_conditions_of_the_origin_step(answers, visible):
    flow = qualify_flow()
    assert [q.id for q in flow.questions(flow.step("origin"), answers)] == visible


@pytest.mark.parametrize("question, raw, value, code", [
    (Question("d", "date", True), "2025-03-14", "2025-03-14", None),
    (Question("d", "date", True), "14/03/2025", "2025-03-14", None),
    (Question("d", "date", True), "4/3/2025", "2025-03-04", None),
    (Question("d", "date", True), "31/02/2025", None, "invalid_date"),
    (Question("d", "date", True), "2025-3-14", None, "invalid_date"),
    (Question("d", "date", True), "", None, "required"),
    (Question("d", "date", False), "", None, None),
    (Question("c", "choice", True, ("a", "b")), "b", "b", None),
    (Question("c", "choice", True, ("a", "b")), "B", None, "invalid_choice"),
    (Question("b", "boolean", True, ("yes", "no", "unknown")), "yes", True, None),
    (Question("b", "boolean", True, ("yes", "no", "unknown")), "no", False, None),
    (Question("b", "boolean", True, ("yes", "no", "unknown")), "unknown", None, None),
    (Question("b", "boolean", True, ("yes", "no", "unknown")), "true", None, "invalid_choice"),
    (Question("i", "integer", False, (), 0, 120), "16", 16, None),
    (Question("i", "integer", False, (), 0, 120), "0", 0, None),
    (Question("i", "integer", False, (), 0, 120), "121", None, "invalid_integer"),
    (Question("i", "integer", False, (), 0, 120), "-1", None, "invalid_integer"),
    (Question("i", "integer", False, (), 0, 120), "16.5", None, "invalid_integer"),
    (Question("i", "integer", False, (), 0, 120), "١٦", None, "invalid_integer"),
])
def test_convert(question, raw, value, code):
    assert convert(question, raw) == (value, code)


def test_parse_date_rejects_what_is_not_a_date():
    assert parse_date("2025-02-29") is None and parse_date("29/02/2024") is not None


@pytest.mark.parametrize("step, answers, codes", [
    ("when", {}, {"facts_date": "required"}),
    ("when", {"facts_date": "demain"}, {"facts_date": "invalid_date"}),
    ("content", {"content_type": "video"}, {"content_type": "invalid_choice"}),
    ("origin", REAL, {"how_obtained": "required"}),
    ("origin", ADULT_FAKE, {"labelled_as_fake": "required"}),
    ("origin", {**REAL, "how_obtained": "given_or_self_made"}, {}),
    ("person", {"victim_age_at_facts": "200"}, {"victim_age_at_facts": "invalid_integer"}),
    ("person", {}, {}),  # the age is optional
    ("author", {"author_is_partner": "yes"}, {"impersonation": "required",
                                              "repeated_or_group": "required"}),
])
def test_validate(step, answers, codes):
    errors = qualify_flow().validate(step, answers)
    assert {e["field"]: e["code"] for e in errors} == codes
    for error in errors:
        assert error["message"]["fr"] and error["message"]["en"]
        assert error["message"]["fr"] != error["message"]["en"]


def test_integer_error_names_the_bounds():
    error = qualify_flow().validate("person", {"victim_age_at_facts": "x"})[0]
    assert "0" in error["message"]["en"] and "120" in error["message"]["fr"]


def test_hidden_carries_every_other_answer_including_now_hidden_ones():
    answers = {**REAL, "how_obtained": "given_or_self_made", "distribution": "none"}
    changed = {**answers, "content_type": "deepfake"}  # how_obtained no longer asked
    flow = qualify_flow()
    hidden = dict(flow.carried(changed, flow.step("content")))
    assert "content_type" not in hidden
    assert hidden["how_obtained"] == "given_or_self_made"
    assert "how_obtained" not in qualify_flow().payload(changed)


def test_payload_has_engine_types_and_leaves_out_unknowns():
    answers = {**MINOR, "labelled_as_fake": "unknown", "distribution": "third_party",
               "solicited_images_from_minor": "yes", "author_is_partner": "no"}
    assert qualify_flow().payload(answers) == {
        "facts_date": "2025-01-10", "content_type": "sexual_deepfake",
        "victim_age_at_facts": 15, "distribution": "third_party",
        "solicited_images_from_minor": True, "author_is_partner": False}


def test_answers_from_keeps_known_fields_trimmed_and_short():
    form = {"facts_date": " 2025-01-10 ", "step": "when", "evil": "x", "threat": "n" * 500}
    answers = qualify_flow().answers_from(form)
    assert answers == {"facts_date": "2025-01-10", "threat": "n" * 100}


# Fields and values the engine and the API take that the guided questions do not ask yet: the
# questions for them come with the next version of the guided questions.
NOT_ASKED_YET = {"first_facts_date", "age_shown_in_content", "threat_channel",
                 "author_relationship", "author_age", "repeated_acts", "others_joined"}
NOT_OFFERED_YET = {"threat": ("sexual_act",), "how_obtained": ("recorded_during_exchange",)}


def test_questions_match_the_engine_fields_and_values():
    flow = qualify_flow()
    assert set(flow.by_field) == FIELDS - {"lang"} - NOT_ASKED_YET
    for name, question in flow.by_field.items():
        if name in CHOICES:
            offered = tuple(c for c in CHOICES[name] if c not in NOT_OFFERED_YET.get(name, ()))
            assert question.type == "choice" and question.choices == offered
        elif name in BOOLEANS:
            assert question.type == "boolean"
        elif name in DATES:
            assert question.type == "date"
        else:
            assert question.type == "integer"


@pytest.mark.parametrize("later", [
    "  - id: b\n    questions:\n      - {id: y, type: boolean}\n",  # in a later step
    "      - {id: y, type: boolean}\n",  # later in the same step
], ids=["later-step", "same-step"])
def test_a_condition_on_a_later_field_is_refused(tmp_path, later):
    questions = tmp_path / "q.yaml"
    questions.write_text("steps:\n  - id: a\n    questions:\n"
                         "      - {id: x, type: boolean, when: [{y: [yes]}]}\n" + later)
    with pytest.raises(ValueError, match="later field"):
        load_flow(questions, {})


def test_an_unknown_question_type_is_refused(tmp_path):
    questions = tmp_path / "q.yaml"
    questions.write_text("steps:\n  - id: a\n    questions:\n      - {id: x, type: poem}\n")
    with pytest.raises(ValueError):
        load_flow(questions, {})


def test_a_condition_on_an_earlier_question_of_the_same_step_makes_a_follow_up(tmp_path):
    questions = tmp_path / "q.yaml"
    questions.write_text("steps:\n  - id: a\n    questions:\n"
                         "      - {id: y, type: boolean}\n"
                         "      - {id: x, type: boolean, when: [{y: [yes]}]}\n"
                         "  - id: b\n    questions:\n"
                         "      - {id: z, type: boolean, when: [{y: [yes]}]}\n")
    flow = load_flow(questions, {})
    assert flow.follow_ups == {"x"}  # z depends on an earlier step: decided before its page


THREAT = {**NO_IMAGE, "distribution": "none"}


# (answers, ids the page listed as shown) → the follow-ups to show before moving on
@pytest.mark.parametrize("answers, shown, expected", [
    ({**THREAT, "threat": "money_or_other"}, set(), ["threat_carried_out"]),
    ({**THREAT, "threat": "sexual_content"}, set(), ["threat_carried_out"]),
    ({**THREAT, "threat": "money_or_other"}, {"threat_carried_out"}, []),
    ({**THREAT, "threat": "money_or_other", "threat_carried_out": "no"}, set(), []),
    ({**THREAT, "threat": "none"}, set(), []),
    ({**THREAT, "threat": "nonsense"}, set(), []),
    ({**THREAT}, set(), []),
])
def test_unseen_follow_ups(answers, shown, expected):
    flow = qualify_flow()
    found = flow.unseen_follow_ups(flow.step("threat"), answers, shown)
    assert [q.id for q in found] == expected


@pytest.mark.parametrize("threat, carried_out, expected", [
    ("money_or_other", "yes", True),
    ("sexual_content", "no", False),
    ("money_or_other", "unknown", None),
    ("none", "yes", None),  # no threat: the answer is not the engine's to read
])
def test_threat_carried_out_reaches_the_engine_only_under_a_threat(threat, carried_out,
                                                                    expected):
    payload = qualify_flow().payload({**THREAT, "threat": threat,
                                      "threat_carried_out": carried_out})
    assert payload.get("threat_carried_out") == expected
