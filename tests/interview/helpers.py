"""Walking the qualification questions through the real app, as a browser would without JS."""

from __future__ import annotations

import re
from html import unescape

from app.interview.qualify import qualify_flow
from tests.conftest import localized

STEP = re.compile(r'<input type="hidden" name="step" value="([a-z_]+)">')
HIDDEN = re.compile(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)">')


def form_answers(facts: dict) -> dict[str, str]:
    """Engine facts (JSON types) → what a person would pick on the form. Required questions the
    facts leave out and that the answers ask are answered as the engine's defaults: "no" for a
    yes/no question, "none" for the sharing and the threat, "I don't know" otherwise."""
    flow = qualify_flow()
    answers = {}
    for name, value in facts.items():
        if name in flow.by_field and value is not None:
            answers[name] = ("yes" if value else "no") if isinstance(value, bool) else str(value)
    for step in flow.steps:
        for question in flow.questions(step, answers):
            if question.id in answers or not question.required:
                continue
            if question.type == "boolean":
                answers[question.id] = "no"
            elif question.id in ("distribution", "threat"):
                answers[question.id] = "none"
            elif "unknown" in question.choices:
                answers[question.id] = "unknown"
    return answers


def step_of(html: str) -> str | None:
    found = STEP.search(html)
    return found.group(1) if found else None


def hidden_values(html: str) -> dict[str, str]:
    return {name: unescape(value) for name, value in HIDDEN.findall(html) if name != "step"}


def walk(client, lang: str, answers: dict[str, str], max_steps: int = 12):
    """Answer each step shown with `answers` (only that step's fields plus the hidden ones the
    page carries), until the result. Returns (last response, list of step ids seen)."""
    flow = qualify_flow()
    response = client.get(localized(f"/{lang}/qualify"))
    seen = []
    for _ in range(max_steps):
        html = response.get_data(as_text=True)
        step_id = step_of(html)
        if step_id is None:
            return response, seen
        seen.append(step_id)
        own = {q.id for q in flow.step(step_id).questions}
        data = {**hidden_values(html), **{k: v for k, v in answers.items() if k in own},
                "step": step_id, "action": "next"}
        response = client.post(localized(f"/{lang}/qualify"), data=data)
        assert response.status_code == 200, (step_id, response.status_code)
    raise AssertionError(f"no result after {max_steps} steps: {seen}")
