"""The action pack interview's steps, read from questions/action.yaml. No Flask.

Why its own flow: the action pack starts from the complaint's answers (carried unchanged in
hidden fields, same names) and adds its own (`pack.*`), some asked only for the letters chosen.
Every method is a pure function of the answers, as in complaint_flow.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.datafiles import load_yaml
from app.letters.action import KINDS

from .complaint_flow import MAX_VALUE, ComplaintFlow, complaint_flow

HERE = Path(__file__).parent
QUESTIONS = HERE / "questions" / "action.yaml"
WORDING = {lang: HERE / "wording" / f"action.{lang}.yaml" for lang in ("fr", "en")}
SOURCE = "pack.source"  # "complaint" when the answers come from the complaint review


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    autocomplete: str = ""
    kinds: tuple[str, ...] = ()  # asked only when one of these letters is chosen


@dataclass(frozen=True)
class Step:
    id: str
    fields: tuple[Field, ...] = ()
    qualify: bool = False
    group: None = None  # complaint_present reads it


def chosen(answers: dict[str, str]) -> list[str]:
    """The letters chosen, in the order of KINDS."""
    return [kind for kind in KINDS if answers.get(f"pack.{kind}") == "yes"]


class ActionFlow:
    def __init__(self, steps: list[Step], wording: dict[str, dict], complaint: ComplaintFlow):
        self.steps = tuple(steps)
        self.wording = wording
        self.complaint = complaint
        self.qualify = complaint.qualify
        self.plain = {f.name: f for s in steps for f in s.fields}

    def known(self, name: str) -> bool:
        return name in self.plain or name == SOURCE or self.complaint.known(name)

    def answers_from(self, form) -> dict[str, str]:
        """Known, non-empty fields only (ours and the complaint's)."""
        answers = {}
        for name in form:
            value = form.get(name)
            if isinstance(name, str) and isinstance(value, str) and self.known(name):
                value = value.replace("\r\n", "\n").strip()
                if value:
                    answers[name] = value[:MAX_VALUE]
        return answers

    def fields(self, step: Step, answers: dict[str, str]) -> list[Field]:
        kinds = set(chosen(answers))
        return [f for f in step.fields if not f.kinds or kinds & set(f.kinds)]

    def step(self, step_id: str | None) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def asked(self, step: Step, answers: dict[str, str]) -> bool:
        if step.qualify:
            return answers.get(SOURCE) != "complaint"
        return step.id == "review" or bool(self.fields(step, answers))

    def visible_steps(self, answers: dict[str, str]) -> list[Step]:
        return [s for s in self.steps if self.asked(s, answers)]

    def next_step(self, step_id: str, answers: dict[str, str]) -> Step | None:
        ids = [s.id for s in self.steps]
        later = self.steps[ids.index(step_id) + 1:] if step_id in ids else self.steps
        return next((s for s in later if self.asked(s, answers)), None)

    def previous_step(self, step_id: str, answers: dict[str, str]) -> Step | None:
        ids = [s.id for s in self.steps]
        earlier = self.steps[:ids.index(step_id)] if step_id in ids else ()
        return next((s for s in reversed(earlier) if self.asked(s, answers)), None)

    def position(self, step_id: str, answers: dict[str, str]) -> tuple[int, int]:
        ids = [s.id for s in self.visible_steps(answers)]
        return (ids.index(step_id) + 1 if step_id in ids else 1), len(ids)

    def owns(self, step: Step, name: str) -> bool:
        if step.qualify:
            return name in self.qualify.by_field
        return any(f.name == name for f in step.fields)

    def hidden(self, answers: dict[str, str], step: Step | None) -> list[tuple[str, str]]:
        """Answers to carry in hidden fields: all but the fields shown on `step`."""
        shown = set()
        if step is not None:
            shown = ({n for n in answers if self.owns(step, n)} if step.qualify
                     else {f.name for f in self.fields(step, answers)})
        return [(name, value) for name, value in answers.items() if name not in shown]

    def text(self, lang: str, answers: dict | None = None) -> dict:
        """The wording; `answers` is accepted like the complaint flow's, whose field helpers
        the action pack shares, and changes nothing here."""
        return self.wording[lang]


@cache
def action_flow() -> ActionFlow:
    """Read and check the questions file once; ValueError names what is wrong."""
    steps = []
    for raw in load_yaml(QUESTIONS)["steps"]:
        if set(raw) - {"id", "fields", "qualify"}:
            raise ValueError(f"step {raw.get('id')!r}: unknown keys")
        fields = []
        for f in raw.get("fields") or ():
            if set(f) - {"name", "type", "required", "choices", "autocomplete", "kinds"} \
                    or not set(f.get("kinds", ())) <= set(KINDS):
                raise ValueError(f"field {f.get('name')!r}: unknown keys or kinds")
            fields.append(Field(f["name"], f["type"], bool(f.get("required")),
                                tuple(str(c) for c in f.get("choices", ())),
                                f.get("autocomplete", ""), tuple(f.get("kinds", ()))))
        steps.append(Step(raw["id"], tuple(fields), bool(raw.get("qualify"))))
    return ActionFlow(steps, {lang: load_yaml(path) for lang, path in WORDING.items()},
                      complaint_flow())
