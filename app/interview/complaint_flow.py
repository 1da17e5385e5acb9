"""The complaint interview's steps, read from questions/complaint.yaml. No Flask.

Why not app.interview.flow alone: a complaint needs free text (up to the letters' limits, where
flow.py cuts at 100 characters) and repeated groups (facts, exhibits). The behaviour is the same:
answers are strings keyed by field name, carried in hidden fields, steps asked only when their
`when` holds. The `situation` step asks the qualification questions of flow.py unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from app.datafiles import load_yaml

from .qualify_steps import qualify_flow

HERE = Path(__file__).parent
QUESTIONS = HERE / "questions" / "complaint.yaml"
WORDING = {lang: HERE / "wording" / f"complaint.{lang}.yaml" for lang in ("fr", "en")}
MAX_GROUP = 50  # the letters schema accepts at most 50 facts or exhibits
MAX_VALUE = 6000  # above every limit of the letters schema, so "too long" is reported, not cut
KINDS = ("complaint", "partie_civile")
_GROUP_FIELD = re.compile(r"^(?P<group>[a-z_]+)\[(?P<index>[0-9]{1,2})\]\.(?P<sub>[a-z_0-9]+)$")


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    autocomplete: str = ""
    future: bool = False  # a date that may lie ahead (a letter prepared in advance)


@dataclass(frozen=True)
class Step:
    id: str
    fields: tuple[Field, ...] = ()
    when: dict = field(default_factory=dict)
    group: str | None = None
    min: int = 0
    qualify: bool = False


def group_name(group: str, index: int, sub: str) -> str:
    return f"{group}[{index}].{sub}"


def _overlay(words: dict, changes: dict) -> dict:
    """`words` with the entries of `changes` put in place, nested dictionaries merged."""
    merged = dict(words)
    for key, value in changes.items():
        merged[key] = _overlay(words[key], value) if isinstance(value, dict) else value
    return merged


class ComplaintFlow:
    """Steps and wording; every method is a pure function of the answers."""

    def __init__(self, steps: list[Step], wording: dict[str, dict]):
        self.steps = tuple(steps)
        self.wording = wording
        self.representative = {lang: _overlay(words, words.get("for_representative", {}))
                               for lang, words in wording.items()}
        self.plain = {f.name: f for s in steps if not s.group for f in s.fields}
        self.groups = {s.group: s for s in steps if s.group}
        self.qualify = qualify_flow()

    # --- answers ---------------------------------------------------------------------------
    def known(self, name: str) -> bool:
        if name in self.plain or name in self.qualify.by_field or name == "kind":
            return True
        match = _GROUP_FIELD.match(name)
        if not match or match["group"] not in self.groups or int(match["index"]) >= MAX_GROUP:
            return False
        return any(f.name == match["sub"] for f in self.groups[match["group"]].fields)

    def answers_from(self, form) -> dict[str, str]:
        """Known, non-empty fields only; `form` is any mapping of names to strings."""
        answers = {}
        for name in form:
            value = form.get(name)
            if isinstance(name, str) and isinstance(value, str) and self.known(name):
                value = value.replace("\r\n", "\n").strip()
                if value:
                    answers[name] = value[:MAX_VALUE]
        if answers.get("kind") not in KINDS:
            answers.pop("kind", None)
        return answers

    def indices(self, answers: dict[str, str], group: str) -> list[int]:
        """The indexes of a group that hold at least one answer, in order."""
        found = {int(m["index"]) for m in map(_GROUP_FIELD.match, answers)
                 if m and m["group"] == group}
        return sorted(found)

    # --- steps -----------------------------------------------------------------------------
    def step(self, step_id: str | None) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def asked(self, step: Step, answers: dict[str, str]) -> bool:
        return all(answers.get(name) in values for name, values in step.when.items())

    def visible_steps(self, answers: dict[str, str]) -> list[Step]:
        return [s for s in self.steps if self.asked(s, answers)]

    def first(self, answers: dict[str, str]) -> Step:
        return self.visible_steps(answers)[0]

    def next_step(self, step_id: str, answers: dict[str, str]) -> Step | None:
        ids = [s.id for s in self.visible_steps(answers)]
        index = ids.index(step_id) if step_id in ids else -1
        return self.step(ids[index + 1]) if index + 1 < len(ids) else None

    def previous_step(self, step_id: str, answers: dict[str, str]) -> Step | None:
        ids = [s.id for s in self.visible_steps(answers)]
        index = ids.index(step_id) if step_id in ids else 0
        return self.step(ids[index - 1]) if index > 0 else None

    def position(self, step_id: str, answers: dict[str, str]) -> tuple[int, int]:
        ids = [s.id for s in self.visible_steps(answers)]
        return (ids.index(step_id) + 1 if step_id in ids else 1), len(ids)

    def owns(self, step: Step, name: str) -> bool:
        """Is `name` a field asked on `step`?"""
        if step.qualify:
            return name in self.qualify.by_field
        if step.group:
            match = _GROUP_FIELD.match(name)
            return bool(match and match["group"] == step.group)
        return any(f.name == name for f in step.fields)

    def step_of(self, name: str, answers: dict[str, str]) -> Step | None:
        return next((s for s in self.visible_steps(answers) if self.owns(s, name)), None)

    def hidden(self, answers: dict[str, str], step: Step | None) -> list[tuple[str, str]]:
        """Answers to carry in hidden fields: all but the fields shown on `step`."""
        return [(name, value) for name, value in answers.items()
                if step is None or not self.owns(step, name)]

    def text(self, lang: str, answers: dict | None = None) -> dict:
        """The wording; when a representative writes for the victim, the `for_representative`
        entries replace theirs, so that "where you live" reads "where the victim lives"."""
        if answers and answers.get("writer") == "representative":
            return self.representative[lang]
        return self.wording[lang]


@cache
def complaint_flow() -> ComplaintFlow:
    """Read and check the questions file once; ValueError names what is wrong."""
    steps = []
    for raw in load_yaml(QUESTIONS)["steps"]:
        unknown = set(raw) - {"id", "fields", "when", "group", "min", "qualify"}
        if unknown:
            raise ValueError(f"step {raw.get('id')!r}: unknown keys {unknown}")
        fields = tuple(Field(f["name"], f["type"], bool(f.get("required")),
                             tuple(str(c) for c in f.get("choices", ())),
                             f.get("autocomplete", ""), bool(f.get("future")))
                       for f in raw.get("fields") or ())
        steps.append(Step(raw["id"], fields, dict(raw.get("when") or {}), raw.get("group"),
                          int(raw.get("min", 0)), bool(raw.get("qualify"))))
    return ComplaintFlow(steps, {lang: load_yaml(path) for lang, path in WORDING.items()})
