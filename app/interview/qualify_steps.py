"""The qualification questions on top of the step engine, checked by the qualification engine.

Why: the step engine checks each answer on its own (type, choice, required); the engine in
app/qualify also checks dates against today and answers against each other (a birth date after
the facts, an age that contradicts it). Running it after every step shows those problems on the
step where they can be fixed, instead of at the very end. No Flask.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from app.qualify import QualifyInputError, qualify_json

from .flow import Flow, Step, load_flow

HERE = Path(__file__).parent
QUESTIONS = HERE / "questions" / "qualify.yaml"
WORDING = {"fr": HERE / "wording" / "fr.yaml", "en": HERE / "wording" / "en.yaml"}


@cache
def qualify_flow() -> Flow:
    return load_flow(QUESTIONS, WORDING)


def fields_up_to(flow: Flow, step_id: str, answers: dict[str, str]) -> set[str]:
    """Fields of the visible questions of every step up to and including `step_id`."""
    names: set[str] = set()
    for step in flow.visible_steps(answers):
        names |= {q.id for q in flow.questions(step, answers)}
        if step.id == step_id:
            break
    return names


def engine_errors(flow: Flow, step_id: str, answers: dict[str, str], today: date) -> list[dict]:
    """The engine's objections to the answers so far, limited to fields already asked."""
    asked = fields_up_to(flow, step_id, answers)
    try:
        qualify_json(flow.payload(answers), today)
    except QualifyInputError as error:
        return [e for e in error.errors if e["field"] in asked]
    return []


def step_with_field(flow: Flow, name: str, answers: dict[str, str]) -> Step:
    for step in flow.visible_steps(answers):
        if any(q.id == name for q in flow.questions(step, answers)):
            return step
    return flow.first()


def finish(flow: Flow, answers: dict[str, str], lang: str, today: date):
    """(result, None) when every answer holds, else (None, (step to show, errors))."""
    faulty = flow.first_invalid(answers)
    if faulty:
        return None, faulty
    try:
        return qualify_json({**flow.payload(answers), "lang": lang}, today), None
    except QualifyInputError as error:
        step = step_with_field(flow, error.errors[0]["field"], answers)
        return None, (step, error.errors)
