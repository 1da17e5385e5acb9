"""Step engine for guided questions: questions as data, answers as strings, no Flask.

Why: every guided form on the site (qualification, complaint) must behave the same way — one
topic per step, earlier answers carried in hidden fields (nothing stored), Back keeps answers,
errors in both languages — so that behaviour lives here once, tested by tables.

Reuse (API)::

    from app.interview.flow import Flow, load_flow
    flow = load_flow(QUESTIONS / "complaint.yaml", {"fr": WORDING / "x.fr.yaml", ...})
    answers = flow.answers_from(request.form)     # {field: str}, known fields only, trimmed
    flow.first()                                  # Step
    flow.step(step_id)                            # Step, or None for an unknown id
    flow.visible_steps(answers)                   # steps with at least one question to ask
    flow.questions(step, answers)                 # the step's questions whose `when` holds
    flow.unseen_follow_ups(step, answers, shown)  # follow-ups now asked but not yet on the page
    flow.next_step(step_id, answers)              # Step, or None when the last one is done
    flow.previous_step(step_id, answers)          # Step, or None on the first step
    flow.position(step_id, answers)               # (2, 6): "Step 2 of 6"
    flow.hidden(answers, step_id)                 # [(field, value)] to carry in hidden inputs
    flow.validate(step_id, answers)               # [{field, code, message: {fr, en}}]
    flow.first_invalid(answers)                   # (Step, errors) of the first faulty step
    flow.payload(answers)                         # typed JSON dict of the visible answers
    flow.text(lang)                               # the wording dict of that language

Questions file (YAML): `steps: [{id, questions: [{id, type, required, choices, min, max,
when}]}]`. A question's id is its form field name and its JSON key. Types: `choice` (value in
`choices`), `boolean` (yes → true, no → false, unknown → left out), `date` (YYYY-MM-DD, the
native date field, or DD/MM/YYYY), `integer` (between `min` and `max`). `when` lists
alternatives; one holds when every field it names matches: a list of allowed values (`~` for
"not answered") or `{min, max}` bounds on an integer. A condition may only name fields of
earlier steps, so the server can decide without JavaScript, or an earlier question of the same
step: such a follow-up cannot be known before the page is sent, so when its condition comes to
hold and the page did not show it (the page lists the follow-ups it shows in `shown` fields),
the same step is shown again with it, before moving on.

Wording files (one per language, same keys): `steps.<id>.title`, `questions.<id>.question`,
`.hint`, `.choices.<value>`, `errors.<code>` (placeholders `{min}`, `{max}`), plus anything
else the views need. Nothing here stores or logs an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.datafiles import load_yaml

TYPES = ("choice", "boolean", "date", "integer")
BOOLEAN_CHOICES = ("yes", "no", "unknown")
MAX_VALUE_LENGTH = 100  # longer strings are cut before being echoed back
_FR_DATE = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$")
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    min: int | None = None
    max: int | None = None
    when: tuple[dict, ...] = ()


@dataclass(frozen=True)
class Step:
    id: str
    questions: tuple[Question, ...] = field(default_factory=tuple)


def parse_date(raw: str) -> date | None:
    """YYYY-MM-DD (native date field) or DD/MM/YYYY (typed by hand); None if neither."""
    match = _FR_DATE.match(raw)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        if _ISO_DATE.match(raw):
            return date.fromisoformat(raw)
    except ValueError:
        return None
    return None


def convert(question: Question, raw: str | None):
    """(value, error code) for one answer; value None means "not answered"."""
    if raw is None or raw == "":
        return None, ("required" if question.required else None)
    if question.type == "choice":
        return (raw, None) if raw in question.choices else (None, "invalid_choice")
    if question.type == "boolean":
        if raw not in BOOLEAN_CHOICES:
            return None, "invalid_choice"
        return {"yes": True, "no": False}.get(raw), None
    if question.type == "date":
        parsed = parse_date(raw)
        return (parsed.isoformat(), None) if parsed else (None, "invalid_date")
    if not re.fullmatch(r"[0-9]{1,3}", raw):
        return None, "invalid_integer"
    number = int(raw)
    low, high = question.min, question.max
    if (low is not None and number < low) or (high is not None and number > high):
        return None, "invalid_integer"
    return number, None


class Flow:
    """Steps, their questions and wording; every method is a pure function of the answers."""

    def __init__(self, steps: list[Step], wording: dict[str, dict]):
        self.steps = tuple(steps)
        self.wording = wording
        self.by_field = {q.id: q for s in self.steps for q in s.questions}
        self.follow_ups = frozenset(
            q.id for s in self.steps for q in s.questions
            if any(set(alt) & {other.id for other in s.questions} for alt in q.when))

    # --- reading answers -------------------------------------------------------------------
    def answers_from(self, form) -> dict[str, str]:
        """Known fields only, trimmed and cut to a sane length (form values are strings)."""
        answers = {}
        for name in self.by_field:
            value = form.get(name)
            if isinstance(value, str) and value.strip():
                answers[name] = value.strip()[:MAX_VALUE_LENGTH]
        return answers

    def typed(self, answers: dict[str, str]) -> dict:
        """Every answer converted, invalid or missing ones as None (for conditions)."""
        return {name: convert(q, answers.get(name))[0] for name, q in self.by_field.items()}

    # --- navigation ------------------------------------------------------------------------
    def first(self) -> Step:
        return self.steps[0]

    def step(self, step_id: str | None) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def questions(self, step: Step, answers: dict[str, str]) -> list[Question]:
        values = self.typed(answers)
        return [q for q in step.questions if _holds(q.when, values)]

    def unseen_follow_ups(self, step: Step, answers: dict[str, str],
                          shown: set[str]) -> list[Question]:
        """Follow-ups the answers of this step now ask, which its page did not show."""
        return [q for q in self.questions(step, answers)
                if q.id in self.follow_ups and q.id not in shown and q.id not in answers]

    def visible_steps(self, answers: dict[str, str]) -> list[Step]:
        return [s for s in self.steps if self.questions(s, answers)]

    def next_step(self, step_id: str, answers: dict[str, str]) -> Step | None:
        later = self.steps[self._index(step_id) + 1:]
        return next((s for s in later if self.questions(s, answers)), None)

    def previous_step(self, step_id: str, answers: dict[str, str]) -> Step | None:
        earlier = self.steps[: self._index(step_id)]
        return next((s for s in reversed(earlier) if self.questions(s, answers)), None)

    def position(self, step_id: str, answers: dict[str, str]) -> tuple[int, int]:
        visible = [s.id for s in self.visible_steps(answers)]
        number = visible.index(step_id) + 1 if step_id in visible else 1
        return number, len(visible)

    def hidden(self, answers: dict[str, str], step_id: str | None) -> list[tuple[str, str]]:
        """Answers to carry: every answer except the step's own fields, in question order.
        Answers to questions now hidden are carried too, so going back restores them."""
        own = {q.id for q in self.step(step_id).questions} if self.step(step_id) else set()
        return [(name, answers[name]) for name in self.by_field
                if name in answers and name not in own]

    # --- checking --------------------------------------------------------------------------
    def validate(self, step_id: str, answers: dict[str, str]) -> list[dict]:
        step = self.step(step_id)
        errors = []
        for question in self.questions(step, answers) if step else []:
            _value, code = convert(question, answers.get(question.id))
            if code:
                errors.append(self.error(question.id, code, min=question.min, max=question.max))
        return errors

    def first_invalid(self, answers: dict[str, str]) -> tuple[Step, list[dict]] | None:
        for step in self.visible_steps(answers):
            errors = self.validate(step.id, answers)
            if errors:
                return step, errors
        return None

    def payload(self, answers: dict[str, str]) -> dict:
        """The visible, valid answers as JSON types (unanswered and "unknown" left out)."""
        out = {}
        for step in self.visible_steps(answers):
            for question in self.questions(step, answers):
                value, _code = convert(question, answers.get(question.id))
                if value is not None:
                    out[question.id] = value
        return out

    def error(self, field_name: str, code: str, **values) -> dict:
        message = {lang: words["errors"][code].format(**values) for lang, words in
                   self.wording.items()}
        return {"field": field_name, "code": code, "message": message}

    def text(self, lang: str) -> dict:
        return self.wording[lang]

    def _index(self, step_id: str) -> int:
        ids = [s.id for s in self.steps]
        return ids.index(step_id) if step_id in ids else -1


def _matches(rule, value) -> bool:
    if isinstance(rule, dict):
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        return rule.get("min", value) <= value <= rule.get("max", value)
    return value in rule


def _holds(when: tuple[dict, ...], values: dict) -> bool:
    if not when:
        return True
    return any(all(_matches(rule, values.get(name)) for name, rule in alt.items())
               for alt in when)


def load_flow(questions: Path, wording: dict[str, Path]) -> Flow:
    """Read and check a questions file and its wording; ValueError names what is wrong."""
    raw = load_yaml(questions)
    steps, seen = [], set()
    for raw_step in raw["steps"]:
        items = []
        for q in raw_step["questions"]:
            unknown = set(q) - {"id", "type", "required", "choices", "min", "max", "when"}
            if unknown or q.get("type") not in TYPES:
                raise ValueError(f"question {q.get('id')!r}: bad keys {unknown} or type")
            choices = BOOLEAN_CHOICES if q["type"] == "boolean" else tuple(q.get("choices", ()))
            when = tuple(q.get("when", ()))
            for alt in when:
                if not set(alt) <= seen | {item.id for item in items}:
                    raise ValueError(f"question {q['id']!r}: `when` names a later field")
            items.append(Question(q["id"], q["type"], bool(q.get("required")), choices,
                                  q.get("min"), q.get("max"), when))
        seen |= {q.id for q in items}
        steps.append(Step(raw_step["id"], tuple(items)))
    return Flow(steps, {lang: load_yaml(path) for lang, path in wording.items()})
