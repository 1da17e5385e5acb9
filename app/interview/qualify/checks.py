"""The qualification engine's checks of the answers so far. No Flask.

Why: the step engine checks each answer on its own (type, choice, required); the engine in
app/qualify also checks dates against today and answers against each other (a birth date after
the facts, an age that contradicts it). Running it after every step shows those problems on the
step where they can be fixed, instead of at the very end. The complaint and the action pack ask
the same questions on one page and use the same checks.
"""

from __future__ import annotations

from datetime import date

from app.interview.engine import Flow
from app.qualify import QualifyInputError, qualify_json


def fields_up_to(flow: Flow, step_id: str, answers: dict[str, str]) -> set[str]:
    """Fields of the visible questions of every step up to and including `step_id`."""
    names: set[str] = set()
    for step in flow.visible_steps(answers):
        names |= {q.id for q in flow.questions(step, answers)}
        if step.id == step_id:
            break
    return names


def engine_errors(flow: Flow, step_id: str | None, answers: dict[str, str],
                  today: date) -> list[dict]:
    """The engine's objections to the answers so far, limited to fields already asked (every
    field when `step_id` is None)."""
    visible = flow.visible_steps(answers)
    if not visible:
        return []
    asked = fields_up_to(flow, step_id or visible[-1].id, answers)
    try:
        qualify_json(flow.payload(answers), today)
    except QualifyInputError as error:
        return [e for e in error.errors if e["field"] in asked]
    return []


def finish(flow: Flow, answers: dict[str, str], lang: str, today: date):
    """(result, None) when every answer holds, else (None, errors)."""
    for step in flow.visible_steps(answers):
        errors = flow.validate(step.id, answers)
        if errors:
            return None, errors
    try:
        return qualify_json({**flow.payload(answers), "lang": lang}, today), None
    except QualifyInputError as error:
        return None, error.errors
