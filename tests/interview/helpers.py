"""Walking the qualification questions through the real app, as a browser would without JS."""

from __future__ import annotations

import re
from html import unescape

from app.interview.qualify import qualify_flow

STEP = re.compile(r'<input type="hidden" name="step" value="([a-z_]+)">')
HIDDEN = re.compile(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)">')


def form_answers(facts: dict) -> dict[str, str]:
    """Engine facts (JSON types) → what a person would pick on the form; required yes/no
    questions the facts leave out are answered "no", as the engine's defaults."""
    flow = qualify_flow()
    answers = {}
    for name, question in flow.by_field.items():
        value = facts.get(name)
        if isinstance(value, bool):
            answers[name] = "yes" if value else "no"
        elif value is not None:
            answers[name] = str(value)
        elif question.type == "boolean" and question.required:
            answers[name] = "no"
        elif name in ("distribution", "threat"):
            answers[name] = "none"
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
    response = client.get(f"/{lang}/qualify")
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
        response = client.post(f"/{lang}/qualify", data=data)
        assert response.status_code == 200, (step_id, response.status_code)
    raise AssertionError(f"no result after {max_steps} steps: {seen}")
