"""The interview engine on the guided questions, by tables: navigation, conditions,
conversion, validation, hidden fields."""

from __future__ import annotations

import pytest

from app.interview.engine import Question, load_flow, parse_date
from app.interview.engine.answers import convert
from app.interview.engine.questions import DONT_KNOW
from app.interview.qualify import qualify_flow
from app.qualify import qualify_json
from app.qualify.facts import BOOLEANS, CHOICES, DATES, FIELDS, INTEGERS
from tests.conftest import FACTS_ON

ADULT_FAKE = {"facts_date": "2025-01-10", "content_type": "sexual_deepfake",
              "victim_age_at_facts": "30"}
REAL = {"facts_date": "2025-01-10", "content_type": "real_intimate"}
NO_IMAGE = {"facts_date": "2025-01-10", "content_type": "none"}
MINOR = {**ADULT_FAKE, "victim_age_at_facts": "15"}
NO_AGE = {"facts_date": "2025-01-10", "content_type": "deepfake"}
THREAT_NONE = {**NO_IMAGE, "distribution": "none", "threat": "none"}


@pytest.mark.parametrize("answers, current, expected", [
    ({}, "when", "person"),
    ({}, "person", "content"),
    (ADULT_FAKE, "content", "origin"),
    (REAL, "content", "origin"),
    (NO_IMAGE, "content", "sharing"),  # no image: nothing to ask about its origin
    ({**NO_AGE, "victim_age_at_facts": "40"}, "content", "origin"),  # labelled as fake?
    (ADULT_FAKE, "threat", "author"),  # an adult: the minors' step is skipped
    (MINOR, "threat", "minor"),
    (NO_AGE, "threat", "minor"),  # age unknown: ask, it may be a minor
    ({**ADULT_FAKE, "victim_age_at_facts": "18"}, "threat", "author"),
    ({**ADULT_FAKE, "victim_age_at_facts": "17"}, "threat", "minor"),
    ({**ADULT_FAKE, "victim_age_at_facts": "abc"}, "threat", "minor"),  # invalid = unknown
    (ADULT_FAKE, "author", None),
])
def test_next_step(answers, current, expected):
    following = qualify_flow().next_step(current, answers)
    assert (following.id if following else None) == expected


@pytest.mark.parametrize("answers, current, expected", [
    (ADULT_FAKE, "when", None),
    (ADULT_FAKE, "content", "person"),
    (ADULT_FAKE, "sharing", "origin"),
    (NO_IMAGE, "sharing", "content"),
    (ADULT_FAKE, "author", "threat"),
    (MINOR, "author", "minor"),
])
def test_previous_step(answers, current, expected):
    previous = qualify_flow().previous_step(current, answers)
    assert (previous.id if previous else None) == expected


@pytest.mark.parametrize("answers, step, expected", [
    ({}, "when", (1, 8)),  # no content type yet: its origin is not asked
    (ADULT_FAKE, "content", (3, 8)),
    (NO_IMAGE, "sharing", (5, 8)),  # one count for the whole way: a skipped step keeps its number
    (MINOR, "author", (8, 8)),
])
def test_position(answers, step, expected):
    assert qualify_flow().position(step, answers) == expected


@pytest.mark.parametrize("answers, visible", [
    (ADULT_FAKE, ["labelled_as_fake", "age_shown_in_content"]),
    (REAL, ["how_obtained", "age_shown_in_content"]),
    (NO_IMAGE, []),
])
def test_conditions_of_the_origin_step(answers, visible):
    flow = qualify_flow()
    assert [q.id for q in flow.questions(flow.step("origin"), answers)] == visible


REAL_20 = {**REAL, "victim_age_at_facts": "20"}


# Each new question only when the earlier answers make it matter.
@pytest.mark.parametrize("answers, step, visible", [
    ({}, "when", ["facts_date", "repeated_acts"]),
    ({"repeated_acts": "no"}, "when", ["facts_date", "repeated_acts"]),
    ({"repeated_acts": "unknown"}, "when", ["facts_date", "repeated_acts"]),
    ({"repeated_acts": "yes"}, "when", ["facts_date", "repeated_acts", "first_facts_date"]),
    ({**THREAT_NONE}, "threat", ["threat"]),
    ({**THREAT_NONE, "threat": "money_or_other"}, "threat",
     ["threat", "threat_channel", "threat_carried_out"]),
    ({**THREAT_NONE, "threat": "sexual_act"}, "threat", ["threat", "threat_channel"]),
    (REAL_20, "origin", ["how_obtained", "age_shown_in_content"]),
    (REAL, "origin", ["how_obtained", "age_shown_in_content"]),  # age not known
    ({**REAL, "victim_age_at_facts": "14"}, "origin", ["how_obtained"]),  # under 15 already
    (ADULT_FAKE, "origin", ["labelled_as_fake", "age_shown_in_content"]),
    (MINOR, "origin", ["labelled_as_fake"]),  # a fake of a minor: judged on her age
    ({**NO_AGE, "victim_age_at_facts": "30"}, "origin", ["labelled_as_fake"]),  # not sexual
    ({**NO_IMAGE, "victim_age_at_facts": "30"}, "origin", []),
    (ADULT_FAKE, "author", ["author_relationship", "author_age", "impersonation",
                            "others_joined"]),
])
def test_questions_asked_only_when_they_matter(answers, step, visible):
    flow = qualify_flow()
    assert [q.id for q in flow.questions(flow.step(step), answers)] == visible


@pytest.mark.parametrize("answers, never", [
    ({**ADULT_FAKE, "threat": "none"}, {"how_obtained", "victim_birth_date",
                                        "solicited_images_from_minor"}),
    ({**REAL_20, "threat": "none"}, {"labelled_as_fake", "victim_birth_date",
                                     "solicited_images_from_minor", "threat_channel"}),
    ({**NO_IMAGE, "victim_age_at_facts": "40", "threat": "money_or_other"},
     {"how_obtained", "labelled_as_fake", "age_shown_in_content", "victim_birth_date"}),
])
def test_a_whole_path_never_asks_what_does_not_concern_the_person(answers, never):
    flow = qualify_flow()
    asked_here = {q.id for s in flow.visible_steps(answers) for q in flow.questions(s, answers)}
    assert not asked_here & never


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
    ("when", {}, {"facts_date": "required", "repeated_acts": "required"}),
    ("when", {"facts_date": "2025-01-10", "repeated_acts": "yes", "first_facts_date": "hier"},
     {"first_facts_date": "invalid_date"}),
    ("when", {"facts_date": "2025-01-10", "repeated_acts": "no", "first_facts_date": "hier"},
     {}),  # not asked: not checked
    ("when", {"facts_date": "demain", "repeated_acts": "unknown"},
     {"facts_date": "invalid_date"}),
    ("content", {"content_type": "video"}, {"content_type": "invalid_choice"}),
    ("origin", REAL, {"how_obtained": "required"}),
    ("origin", ADULT_FAKE, {"labelled_as_fake": "required"}),
    ("origin", {**REAL, "how_obtained": "given_or_self_made"}, {}),
    ("person", {"victim_age_at_facts": "200"}, {"victim_age_at_facts": "invalid_integer"}),
    ("person", {}, {}),  # the age is optional
    ("author", {"author_relationship": "former_partner"}, {
        "author_age": "required", "impersonation": "required", "others_joined": "required"}),
    ("author", {"author_relationship": "ex", "author_age": "unknown", "impersonation": "no",
                "others_joined": "only_received"}, {"author_relationship": "invalid_choice"}),
    ("threat", {"threat": "sexual_act"}, {"threat_channel": "required"}),
    ("threat", {"threat": "none"}, {}),
    ("origin", {**REAL, "how_obtained": "unknown"}, {}),  # "I don't know" is an answer
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
               "solicited_images_from_minor": "yes", "author_relationship": "unknown",
               "author_age": "minor", "others_joined": "no", "repeated_acts": "no",
               "first_facts_date": "2024-01-01", "age_shown_in_content": "12"}
    assert qualify_flow().payload(answers) == {  # a fake of a minor: her age, not the fake's
        "facts_date": "2025-01-10", "content_type": "sexual_deepfake",
        "victim_age_at_facts": 15, "distribution": "third_party",
        "solicited_images_from_minor": True, "author_age": "minor", "others_joined": "no",
        "repeated_acts": False}


def test_answers_from_keeps_known_fields_trimmed_and_short():
    form = {"facts_date": " 2025-01-10 ", "step": "when", "evil": "x", "threat": "n" * 500}
    answers = qualify_flow().answers_from(form)
    assert answers == {"facts_date": "2025-01-10", "threat": "n" * 100}


# Older combined answers the engine and the API still take: the guided questions ask the more
# detailed questions that replace them (and never both, which could contradict each other).
OLDER_ANSWERS = {"author_is_partner": {"author_relationship"},
                 "repeated_or_group": {"repeated_acts", "others_joined"}}


def test_questions_match_the_engine_fields_and_values():
    flow = qualify_flow()
    assert set(flow.by_field) == FIELDS - {"lang"} - set(OLDER_ANSWERS)
    assert set().union(*OLDER_ANSWERS.values()) <= set(flow.by_field)
    for name, question in flow.by_field.items():
        if name in CHOICES:
            offered = CHOICES[name]
            if DONT_KNOW not in offered and question.choices[-1:] == (DONT_KNOW,):
                offered += (DONT_KNOW,)  # "I don't know": read as not answered
            assert question.type == "choice" and question.choices == offered
        elif name in BOOLEANS:
            assert question.type == "boolean"
        elif name in DATES:
            assert question.type == "date"
        else:
            assert name in INTEGERS and question.type == "integer"
            assert (question.min, question.max) == (0, 120)


# Two cases under which every choice and yes/no question is asked.
RICH = {"facts_date": "2025-01-10", "repeated_acts": "yes", "content_type": "real_intimate",
        "threat": "money_or_other"}
RICH_FAKE = {**RICH, "content_type": "sexual_deepfake"}


def asked(answers: dict) -> set[str]:
    flow = qualify_flow()
    return {q.id for s in flow.visible_steps(answers) for q in flow.questions(s, answers)}


def test_every_answer_the_form_offers_reaches_the_engine_as_it_is():
    flow = qualify_flow()
    for name, question in flow.by_field.items():
        for value in question.choices:
            case = RICH if name in asked(RICH) else RICH_FAKE
            answers = {**case, name: value}
            payload = flow.payload(answers)
            words = {True: "yes", False: "no"}
            reached = words.get(payload.get(name), payload.get(name))
            assert reached == (None if value == DONT_KNOW else value), (name, value)
            qualify_json(payload, FACTS_ON)  # raises on a value the engine refuses


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
    ({**THREAT, "threat": "money_or_other"}, set(), ["threat_channel", "threat_carried_out"]),
    ({**THREAT, "threat": "sexual_content"}, set(), ["threat_channel", "threat_carried_out"]),
    ({**THREAT, "threat": "sexual_act"}, set(), ["threat_channel"]),  # nothing to carry out
    ({**THREAT, "threat": "money_or_other"}, {"threat_channel", "threat_carried_out"}, []),
    ({**THREAT, "threat": "money_or_other", "threat_channel": "unknown",
      "threat_carried_out": "no"}, set(), []),
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
