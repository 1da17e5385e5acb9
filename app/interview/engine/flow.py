"""One interview's steps over the answers: which are asked, in what order, what each page carries,
what is wrong. Every method is a pure function of the answers (strings by field name). No Flask.

    flow = load("complaint")                       # app/interview/complaint/ (loader.py)
    answers = flow.answers_from(request.form)      # known names only, trimmed, bounded
    flow.visible_steps(answers); flow.first(answers)
    flow.next_step(step_id, answers); flow.previous_step(step_id, answers)
    flow.position(step_id, answers)                # (2, 6): "Step 2 of 6"
    flow.questions(step, answers)                  # the questions now asked on a plain step
    flow.shown(step, answers, indices)             # every field name the page shows
    flow.carried(answers, step, indices)           # [(name, value)] for the hidden fields
    flow.validate(step_id, answers)                # [{field, code, message{fr, en}}]
    flow.payload(answers)                          # the visible answers as JSON types
    flow.text(lang, answers)                       # the wording, with the variants that apply
"""

from __future__ import annotations

from collections.abc import Callable

from . import conditions
from .answers import clean, condition_value, convert, group_field, group_name
from .questions import Definition, Question, Step

# Questions whose messages read alike: one chooses, one types a line, one writes a text.
TYPE_FAMILY = {"boolean": "choice", "select": "choice", "commune": "choice", "email": "text",
               "tel": "text", "url": "text", "sha256": "text", "lines": "textarea"}

Provider = Callable[[str, dict], list[tuple[str, str]]]  # (lang, wording) → [(value, label)]


class Flow:
    def __init__(self, name: str, definition: Definition, wording: dict[str, dict],
                 includes: dict[str, Flow] | None = None, carries: Flow | None = None,
                 providers: dict[str, Provider] | None = None):
        self.name = name
        self.steps = definition.steps
        self.definition = definition
        self.wording = wording
        self.includes = includes or {}
        self.carries_flow = carries
        self.providers = providers or {}
        own = {q.id: q for s in self.steps if not s.group for q in s.questions}
        own.update({q.id: q for q in definition.hidden})
        for flow in (*self.includes.values(), *([carries] if carries else [])):
            own = {**flow.by_field, **own}
        self.by_field: dict[str, Question] = own
        self.groups = {s.group: s for s in self.steps if s.group}
        self._last_values: tuple[frozenset, dict] | None = None
        self.follow_ups = frozenset(
            q.id for s in self.steps for q in s.questions
            if conditions.names(q.when) & {other.id for other in s.questions})

    # --- answers ----------------------------------------------------------------------------
    def known(self, name: str) -> bool:
        if name in self.by_field:
            return True
        match = group_field(name)
        if match and match["group"] in self.groups:
            step = self.groups[match["group"]]
            return int(match["index"]) < step.max and any(
                q.id == match["sub"] for q in step.questions)
        return bool(self.carries_flow and self.carries_flow.known(name))

    def answers_from(self, form) -> dict[str, str]:
        """Known, non-empty answers only; `form` is any mapping of names to strings. A hidden
        answer (set by a button) outside its choices is dropped."""
        answers = {}
        for name in form:
            if isinstance(name, str) and self.known(name):
                value = clean(form.get(name), self.definition.max_value)
                if value:
                    answers[name] = value
        for hidden in self.definition.hidden:
            if answers.get(hidden.id) not in (None, *hidden.choices):
                answers.pop(hidden.id)
        return answers

    def values(self, answers: dict[str, str]) -> dict:
        """Every answer as conditions see it (answers.condition_value). A page asks this many
        times of the same answers: the last result is kept (pure, so threads may share it)."""
        key = frozenset(answers.items())
        last = self._last_values
        if last is not None and last[0] == key:
            return last[1]
        values = {name: condition_value(q, answers.get(name)) for name, q in self.by_field.items()}
        self._last_values = (key, values)
        return values

    def indices(self, answers: dict[str, str], group: str) -> list[int]:
        """The items of a repeated step that hold at least one answer, in order."""
        found = {int(m["index"]) for m in map(group_field, answers) if m and m["group"] == group}
        return sorted(found)

    def choices(self, question: Question, lang: str = "fr") -> tuple[str, ...]:
        if question.choices_from:
            return tuple(v for v, _label in self.providers[question.choices_from](
                lang, self.text(lang)))
        return question.choices

    # --- steps ------------------------------------------------------------------------------
    def step(self, step_id: str | None) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def first(self, answers: dict[str, str] | None = None) -> Step:
        visible = self.visible_steps(answers or {})
        return visible[0] if visible else self.steps[0]

    def questions(self, step: Step, answers: dict[str, str]) -> list[Question]:
        """The questions of a plain step whose conditions hold."""
        values = self.values(answers)
        return [q for q in step.questions if conditions.holds(q.when, values)]

    def asked(self, step: Step, answers: dict[str, str]) -> bool:
        if not conditions.holds(step.when, self.values(answers)):
            return False
        return bool(step.review or step.group or step.include or self.questions(step, answers))

    def visible_steps(self, answers: dict[str, str]) -> list[Step]:
        return [s for s in self.steps if self.asked(s, answers)]

    def _index(self, step_id: str) -> int:
        ids = [s.id for s in self.steps]
        return ids.index(step_id) if step_id in ids else -1

    def next_step(self, step_id: str, answers: dict[str, str]) -> Step | None:
        later = self.steps[self._index(step_id) + 1:]
        return next((s for s in later if self.asked(s, answers)), None)

    def previous_step(self, step_id: str, answers: dict[str, str]) -> Step | None:
        earlier = self.steps[: max(self._index(step_id), 0)]
        return next((s for s in reversed(earlier) if self.asked(s, answers)), None)

    def counted(self, step: Step, answers: dict[str, str]) -> bool:
        """Does the step count in "Step n of N"? Every step that the person's answers could
        still ask: only a step ruled out by how the interview was entered (a hidden answer set
        by a button: the follow-up letter, answers brought from the complaint) is left out. So
        the total never changes along the way; a step skipped by an answer leaves its number
        unused."""
        if self.asked(step, answers):
            return True
        hidden = {q.id for q in self.definition.hidden}
        return not (step.when and conditions.names(step.when) <= hidden)

    def position(self, step_id: str, answers: dict[str, str]) -> tuple[int, int]:
        counted = [s.id for s in self.steps if self.counted(s, answers)]
        return (counted.index(step_id) + 1 if step_id in counted else 1), len(counted)

    def review_step(self) -> Step | None:
        return next((s for s in self.steps if s.review), None)

    # --- what a page holds --------------------------------------------------------------------
    def owns(self, step: Step, name: str) -> bool:
        """Is `name` a field of `step` (shown or not)?"""
        if step.include:
            return name in self.includes[step.include].by_field
        if step.group:
            match = group_field(name)
            return bool(match and match["group"] == step.group)
        return any(q.id == name for q in step.questions)

    def answered(self, step: Step, answers: dict[str, str]) -> bool:
        """Does the step hold an answer to each of its required questions now asked (and at
        least one answer)? Whether the answers hold is `validate`'s to say."""
        if step.group or step.review:
            return any(self.owns(step, name) for name in answers)
        if step.include:
            included = self.includes[step.include]
            return any(included.answered(s, answers) for s in included.visible_steps(answers))
        asked = self.questions(step, answers)
        return any(q.id in answers for q in asked) and all(
            q.id in answers for q in asked if q.required)

    def step_of(self, name: str, answers: dict[str, str]) -> Step | None:
        return next((s for s in self.visible_steps(answers) if self.owns(s, name)), None)

    def shown(self, step: Step, answers: dict[str, str], indices: list[int] | None = None
              ) -> list[str]:
        """The field names the step's page shows."""
        if step.include:
            included = self.includes[step.include]
            return [q.id for s in included.steps for q in s.questions]
        if step.group:
            rows = indices if indices is not None else (self.indices(answers, step.group) or [0])
            return [group_name(step.group, i, q.id) for i in rows for q in step.questions]
        return [q.id for q in self.questions(step, answers)]

    def carried(self, answers: dict[str, str], step: Step | None,
                indices: list[int] | None = None) -> list[tuple[str, str]]:
        """Answers to carry in hidden fields: all but those shown on `step`, and but its
        follow-ups not shown (their page decides them again). Answers to questions now hidden
        by an earlier answer are carried, so going back restores them."""
        dropped: set[str] = set()
        if step is not None:
            dropped = set(self.shown(step, answers, indices))
            if step.group:
                dropped |= {n for n in answers if self.owns(step, n)}
            dropped |= {q.id for q in step.questions if q.id in self.follow_ups}
        order = [n for n in self.by_field if n in answers]
        order += [n for n in answers if n not in self.by_field]
        return [(name, answers[name]) for name in order if name not in dropped]

    def unseen_follow_ups(self, step: Step, answers: dict[str, str],
                          shown: set[str]) -> list[Question]:
        """Follow-ups the answers of this step now ask, which its page did not show."""
        return [q for q in self.questions(step, answers)
                if q.id in self.follow_ups and q.id not in shown and q.id not in answers]

    def ask_first(self, step: Step, answers: dict[str, str], errors: list[dict],
                  shown: set[str]) -> tuple[list[dict], list[Question]]:
        """(the errors to show now, the follow-ups to show first). A follow-up the page has not
        shown yet is asked before it is checked: a required one is not "missing" until then."""
        unseen = self.unseen_follow_ups(step, answers, shown)
        names = {q.id for q in unseen}
        return [e for e in errors if e["field"] not in names], unseen

    # --- checking -----------------------------------------------------------------------------
    def validate(self, step_id: str, answers: dict[str, str]) -> list[dict]:
        """The engine's own checks of a step: required answers, choices, dates, numbers."""
        step = self.step(step_id)
        if step is None:
            return []
        if step.include:
            included = self.includes[step.include]
            return [e for s in included.visible_steps(answers)
                    for e in included.validate(s.id, answers)]
        values = self.values(answers)
        errors = []
        if step.group:
            rows = self.indices(answers, step.group) or ([0] if step.min else [])
            checks = [(group_name(step.group, i, q.id), q) for i in rows
                      for q in step.questions]
        else:
            checks = [(q.id, q) for q in self.questions(step, answers)]
        for name, question in checks:
            raw = answers.get(name)
            choices = self.choices(question) if question.type == "choice" else None
            _value, code = convert(question, raw, choices)
            if code is None and not raw and conditions.holds(question.required_when, values) \
                    and question.required_when:
                code = "required"
            if code:
                errors.append(self.error(name, code, min=question.min, max=question.max))
        if step.at_least_one and not any(answers.get(q.id) == "yes" for q in step.questions):
            errors.append(self.error(step.questions[0].id, "at_least_one"))
        return errors

    def payload(self, answers: dict[str, str]) -> dict:
        """The visible, valid answers of plain steps as JSON types (unanswered and "unknown"
        left out): what the qualification engine takes."""
        out = {}
        for step in self.visible_steps(answers):
            if step.group or step.include:
                continue
            for question in self.questions(step, answers):
                value, _code = convert(question, answers.get(question.id))
                if value is not None:
                    out[question.id] = value
        return out

    def question_of(self, name: str) -> Question | None:
        """The question a field name answers (facts[0].date → the facts group's date)."""
        if name in self.by_field:
            return self.by_field[name]
        match = group_field(name)
        step = self.groups.get(match["group"]) if match else None
        return next((q for q in step.questions if q.id == match["sub"]), None) if step else None

    def error(self, field_name: str, code: str, **values) -> dict:
        """A message that says what to do: the words for the question's type
        (errors_by_type.date.required: "Enter the date as 5 12 2026"), else the interview's
        errors.<code>."""
        question = self.question_of(field_name)
        kind = TYPE_FAMILY.get(question.type, question.type) if question else ""
        message = {}
        for lang, words in self.wording.items():
            text = words.get("errors_by_type", {}).get(kind, {}).get(code) \
                or words["errors"][code]
            message[lang] = text.format(**values)
        return {"field": field_name, "code": code, "message": message}

    # --- wording ------------------------------------------------------------------------------
    def text(self, lang: str, answers: dict | None = None) -> dict:
        """The wording in `lang`; each variant whose condition holds replaces its entries
        (a representative writing: "where the victim lives" instead of "where you live")."""
        words = self.wording[lang]
        if answers and self.definition.variants:
            values = self.values(answers)
            for name, condition in self.definition.variants.items():
                if conditions.holds(condition, values) and name in words:
                    words = overlay(words, words[name])
        return words


def overlay(words: dict, changes: dict) -> dict:
    """`words` with the entries of `changes` put in place, nested mappings merged."""
    merged = dict(words)
    for key, value in changes.items():
        merged[key] = (overlay(words.get(key, {}), value) if isinstance(value, dict)
                       else value)
    return merged


def first_per_field(errors: list[dict]) -> list[dict]:
    """Each field's first problem only, in order: one message per field on the page."""
    seen, first = set(), []
    for item in errors:
        if item["field"] not in seen:
            seen.add(item["field"])
            first.append(item)
    return first
