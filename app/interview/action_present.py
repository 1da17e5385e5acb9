"""What an action pack step or its review shows, as plain dicts for the templates. No Flask.

The field dicts are those of complaint_present ({kind, name, id, label, hint, value, error,
choices, target}), so app/templates/complaint/_fields.html lays them out unchanged.
"""

from __future__ import annotations

from datetime import date

from .action_flow import ActionFlow, Step
from .action_form import platform_choices
from .complaint_present import _field, qualify_fields


def platform_name(answers: dict[str, str]) -> str:
    value = answers.get("pack.platform", "")
    if value == "other":
        return answers.get("pack.platform_other", "")
    return dict(platform_choices("")).get(value, value)


def step_fields(flow: ActionFlow, step: Step, answers: dict, errors: dict, lang: str,
                today: date) -> list[dict]:
    if step.qualify:
        return qualify_fields(flow, answers, errors, lang, today)
    words = flow.text(lang)["fields"]
    out = []
    for spec in flow.fields(step, answers):
        if spec.type == "platform":
            text = words[spec.name]
            out.append({"kind": "radios", "name": spec.name, "label": text["label"],
                        "hint": text.get("hint", ""), "value": answers.get(spec.name, ""),
                        "error": errors.get(spec.name, ""),
                        "choices": platform_choices(text["other"]),
                        "target": f"{spec.name}-{platform_choices('')[0][0]}"})
            continue
        attrs = {"max": today.isoformat()} if spec.type == "date" else None
        out.append(_field(flow, lang, spec, spec.name, spec.name, answers, errors, attrs))
    return out


def review(flow: ActionFlow, answers: dict, lang: str, today: date) -> list[dict]:
    """[{id, title, items: [(label, value)]}] for every visible step."""
    words = flow.text(lang)
    steps = []
    for step in flow.visible_steps(answers):
        if step.id == "review":
            continue
        items = []
        for f in step_fields(flow, step, answers, {}, lang, today):
            value = f["value"]
            if not value:
                continue
            if f["kind"] == "radios":
                value = dict(f["choices"]).get(value, value)
            elif f["kind"] == "checkbox":
                value = words["ui"]["yes"]
            items.append((f["label"], value))
        steps.append({"id": step.id, "title": words["steps"][step.id]["title"], "items": items})
    return steps
