"""An interview's questions, as data: what a questions file may say, read and checked strictly.
No Flask.

    steps:
      - id: facts                 # the step's id: its wording is steps.<id> (title, intro…)
        when: [{kind: [complaint]}]   # asked only then (conditions.py)
        group: facts              # repeated: fields facts[0].date, facts[1].date… (min, max)
        min: 1
        questions:
          - {id: date, type: date, required: true}
      - id: situation
        include: qualify          # every question of another interview, on one page
    hidden: [{id: kind, choices: [complaint, partie_civile]}]   # set by buttons, never asked
    carries: complaint            # accept and carry that interview's answers too
    variants: {for_representative: {writer: [representative]}}   # wording that then applies
    max_value: 6000               # answers longer than this are cut (echoed back at most)
    conditions: {name: &name [...]}   # conditions named once (YAML anchors), used as *name

A question: `id` (its form field name, and the letters' or the engine's field name), `type`
(TYPES), `required`, `required_when` (a condition), `choices` (values; their words are in the
wording) or `choices_from` (a list the interview provides: platforms, courts), `dont_know: true`
(a choice also offers "I don't know", read as not answered), `default` (what
the letter takes when it is not answered: such a question is not marked optional), `min`/`max`
(whole numbers), `when`, `autocomplete`, `future` (a date that may lie ahead).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import conditions
from .conditions import Condition

# type → how the answer is read (answers.py) and shown (present.py)
TYPES = ("choice", "boolean", "checkbox", "date", "datetime", "integer", "text", "textarea",
         "lines", "email", "tel", "url", "sha256", "select", "commune")
BOOLEAN_CHOICES = ("yes", "no", "unknown")
MAX_GROUP = 50  # the letters accept at most 50 facts or exhibits
QUESTION_KEYS = {"id", "type", "required", "required_when", "choices", "choices_from",
                 "default", "min", "max", "when", "autocomplete", "future", "dont_know"}
DONT_KNOW = "unknown"  # the value of "I don't know": an answer given, read as not known
STEP_KEYS = {"id", "questions", "when", "group", "min", "max", "include", "layout",
             "at_least_one", "review"}
FILE_KEYS = {"steps", "hidden", "carries", "variants", "max_value", "conditions"}


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    min: int | None = None
    max: int | None = None
    when: Condition = ()
    required_when: Condition = ()
    choices_from: str = ""
    default: str | None = None
    autocomplete: str = ""
    future: bool = False


@dataclass(frozen=True)
class Step:
    id: str
    questions: tuple[Question, ...] = ()
    when: Condition = ()
    group: str = ""
    min: int = 0
    max: int = MAX_GROUP
    include: str = ""
    layout: str = ""  # "checkboxes", or a template the step's page includes
    at_least_one: bool = False  # at least one of its check boxes
    review: bool = False  # the last page: every answer, then what the interview makes


@dataclass(frozen=True)
class Definition:
    steps: tuple[Step, ...]
    hidden: tuple[Question, ...] = ()
    carries: str = ""
    variants: dict[str, Condition] = field(default_factory=dict)
    max_value: int = 6000


def _question(raw, where: str, earlier: set[str]) -> Question:
    if not isinstance(raw, dict) or set(raw) - QUESTION_KEYS or raw.get("type") not in TYPES:
        raise ValueError(f"{where}: unknown keys or type in {raw!r}")
    qid = raw["id"]
    when = conditions.parse(raw.get("when"), f"{where}.{qid}")
    required_when = conditions.parse(raw.get("required_when"), f"{where}.{qid}")
    if not conditions.names(when) | conditions.names(required_when) <= earlier:
        raise ValueError(f"question {qid!r}: `when` names a later field")
    choices = BOOLEAN_CHOICES if raw["type"] == "boolean" else tuple(
        str(conditions.as_word(c)) for c in raw.get("choices", ()))
    if raw.get("dont_know") and raw["type"] == "choice" and DONT_KNOW not in choices:
        choices += (DONT_KNOW,)
    if raw["type"] == "choice" and not (choices or raw.get("choices_from")):
        raise ValueError(f"question {qid!r}: a choice needs choices or choices_from")
    default = raw.get("default")
    return Question(qid, raw["type"], bool(raw.get("required")), choices, raw.get("min"),
                    raw.get("max"), when, required_when, raw.get("choices_from", ""),
                    None if default is None else str(conditions.as_word(default)),
                    raw.get("autocomplete", ""), bool(raw.get("future")))


def parse(raw: dict, where: str, known: set[str] = frozenset()) -> Definition:
    """A questions file's content, checked; `known` are names other interviews give (carried
    or included), which conditions may use. ValueError names what is wrong."""
    if not isinstance(raw, dict) or set(raw) - FILE_KEYS:
        raise ValueError(f"{where}: unknown keys {set(raw) - FILE_KEYS}")
    hidden = tuple(_question({"type": "choice", **h}, f"{where}.hidden", set())
                   for h in raw.get("hidden") or ())
    earlier = set(known) | {h.id for h in hidden}
    steps, seen_steps = [], set()
    for raw_step in raw["steps"]:
        if not isinstance(raw_step, dict) or set(raw_step) - STEP_KEYS:
            raise ValueError(f"{where}: step {raw_step!r}: unknown keys")
        sid = raw_step["id"]
        if sid in seen_steps:
            raise ValueError(f"{where}: step {sid!r} twice")
        seen_steps.add(sid)
        when = conditions.parse(raw_step.get("when"), f"{where}.{sid}")
        if not conditions.names(when) <= earlier:
            raise ValueError(f"step {sid!r}: `when` names a later field")
        items: list[Question] = []
        for raw_question in raw_step.get("questions") or ():
            items.append(_question(raw_question, f"{where}.{sid}",
                                   earlier | {q.id for q in items}))
        group = raw_step.get("group", "")
        if not group:
            earlier |= {q.id for q in items}
        steps.append(Step(sid, tuple(items), when, group, int(raw_step.get("min", 0)),
                          int(raw_step.get("max", MAX_GROUP)), raw_step.get("include", ""),
                          raw_step.get("layout", ""), bool(raw_step.get("at_least_one")),
                          bool(raw_step.get("review"))))
    variants = {name: conditions.parse(rule, f"{where}.variants.{name}")
                for name, rule in (raw.get("variants") or {}).items()}
    return Definition(tuple(steps), hidden, raw.get("carries", ""), variants,
                      int(raw.get("max_value", 6000)))
