"""Action pack answers ⇄ the action letters' JSON body (app.letters.action), and their checks.
No Flask.

Why through complaint_form.to_body: the person, facts, exhibits and qualification are the
complaint's answers, converted exactly as for the complaint letter; only the `pack.*` answers are
added here. The letters' own error messages are shown next to the field that caused them.
"""

from __future__ import annotations

import re
from datetime import date

from app.letters import registry
from app.letters.action import platform_names

from .action_flow import ActionFlow, Step, chosen
from .complaint_form import _date, _lines, first_per_field, to_body
from .flow import parse_date

# Body field (first part of the letters' error path) → form field of this interview.
TO_FORM = {
    "platform": "pack.platform", "target_urls": "pack.urls", "letter_lang": "pack.lang",
    "csam": "pack.csam", "explanation": "pack.explanation", "notice_date": "pack.notice_date",
    "decision_date": "pack.decision_date", "content_kind": "pack.content_kind",
    "controller.name": "pack.controller_name", "controller.address_lines":
        "pack.controller_address", "controller": "pack.controller_name",
    "minor_at_collection": "pack.minor", "request_date": "pack.request_date",
    "answer": "pack.answer", "complaint_date": "pack.complaint_date",
    "complaint_authority": "pack.complaint_authority",
}
_INDEX = re.compile(r"\[\d+\]")
OWN_MESSAGES = {
    "required": {"fr": "Ce champ est obligatoire.", "en": "This field is required."},
    "invalid_choice": {"fr": "Choisissez une des réponses proposées.",
                       "en": "Choose one of the answers offered."},
    "invalid_date": {"fr": "Date invalide (AAAA-MM-JJ).", "en": "Invalid date (YYYY-MM-DD)."},
    "choose_letter": {"fr": "Choisissez au moins une lettre.",
                      "en": "Choose at least one letter."},
}


def error(field: str, code: str) -> dict:
    return {"field": field, "code": code, "message": dict(OWN_MESSAGES[code])}


def platform_choices(other: str) -> list[tuple[str, str]]:
    """The platforms of the directory (the names the letters print), then "other"."""
    return [*platform_names().items(), ("other", other)]


def platform(answers: dict[str, str]) -> str:
    """The platform id chosen, or the name typed for "other"."""
    value = answers.get("pack.platform", "")
    return answers.get("pack.platform_other", "") if value == "other" else value


def body(flow: ActionFlow, kind: str, answers: dict[str, str]) -> dict:
    """The app.letters.action input for `kind`, from the answers."""
    base, _where = to_body(flow.complaint, answers)
    out = {"letter_lang": answers.get("pack.lang") or "fr",
           "victim": base["victim"] if any(base["victim"].values()) else None,
           "target_urls": _lines(answers.get("pack.urls")),
           "facts": base["facts"], "exhibits": base["exhibits"],
           "signed_at_place": base["signed_at_place"]}
    if out["victim"] is None:
        out.pop("victim")
    if "representative" in base:
        out["representative"] = base["representative"]
    if base["qualification"]:
        out["qualification"] = base["qualification"]
    if platform(answers):
        out["platform"] = platform(answers)
    yes = {"yes": True, "no": False}
    if kind == "platform_notice":
        out["csam"] = answers.get("pack.csam") == "yes"
    if kind in ("platform_notice", "platform_appeal") and answers.get("pack.explanation"):
        out["explanation"] = answers["pack.explanation"]
    if kind == "platform_appeal":
        out["notice_date"] = _date(answers.get("pack.notice_date"))
        out["decision_date"] = _date(answers.get("pack.decision_date"))
    if kind == "delisting":
        out["content_kind"] = answers.get("pack.content_kind") or "fake"
    if kind in ("erasure", "cnil_complaint"):
        out["controller"] = {"name": answers.get("pack.controller_name", ""),
                             "address_lines": _lines(answers.get("pack.controller_address"))}
        out["minor_at_collection"] = yes.get(answers.get("pack.minor", ""), False)
    if kind == "cnil_complaint":
        out["request_date"] = _date(answers.get("pack.request_date"))
        out["answer"] = answers.get("pack.answer") or "none"
    if kind == "preservation":
        out["complaint_date"] = _date(answers.get("pack.complaint_date"))
        out["complaint_authority"] = answers.get("pack.complaint_authority", "")
        out["accounts"] = _lines(answers.get("author.accounts"))
    return {k: v for k, v in out.items() if v is not None}


def form_field(name: str, answers: dict[str, str]) -> str:
    """The form field an error of the letters belongs to."""
    if name.startswith("qualification."):
        return name.split(".", 1)[1]
    plain = _INDEX.sub("", name)
    if plain == "platform" and answers.get("pack.platform") == "other":
        return "pack.platform_other"
    return TO_FORM.get(plain, TO_FORM.get(plain.split(".")[0], plain))


def letter_errors(flow: ActionFlow, answers: dict[str, str], today: date) -> list[dict]:
    """Every objection of the chosen letters' checks, on form field names, each field once."""
    found, seen = [], set()
    for kind in chosen(answers):
        for item in registry.check(kind, body(flow, kind, answers), today):
            field = form_field(item["field"], answers)
            if field not in seen:
                seen.add(field)
                found.append({**item, "field": field, "kind": kind})
    return found


def _own_checks(flow: ActionFlow, step: Step, answers: dict[str, str]) -> list[dict]:
    if step.id == "letters":
        return [] if chosen(answers) else [error("pack.platform_notice", "choose_letter")]
    errors = []
    for spec in flow.fields(step, answers):
        value = answers.get(spec.name, "")
        if spec.required and not value:
            errors.append(error(spec.name, "required"))
        elif value and spec.choices and value not in spec.choices:
            errors.append(error(spec.name, "invalid_choice"))
        elif value and spec.type == "date" and not parse_date(value):
            errors.append(error(spec.name, "invalid_date"))
    chosen_platform = answers.get("pack.platform")
    if step.id == "platform" and chosen_platform and chosen_platform not in dict(
            platform_choices("")) and any(f.name == "pack.platform"
                                          for f in flow.fields(step, answers)):
        errors.append(error("pack.platform", "invalid_choice"))
    if step.id == "platform" and chosen_platform == "other" \
            and not answers.get("pack.platform_other"):
        errors.append(error("pack.platform_other", "required"))
    return errors


def validate_step(flow: ActionFlow, step: Step, answers: dict[str, str],
                  today: date) -> list[dict]:
    """The problems of one step only, each once per field."""
    if step.qualify:
        q = flow.qualify
        errors = [e for s in q.visible_steps(answers) for e in q.validate(s.id, answers)]
    else:
        errors = _own_checks(flow, step, answers)
        errors += [e for e in letter_errors(flow, answers, today) if flow.owns(step, e["field"])]
    return first_per_field(errors)


def validate_all(flow: ActionFlow, answers: dict[str, str],
                 today: date) -> list[tuple[Step, dict]]:
    """(step, error) for every problem left; a letters' error no visible step asks (an offence
    missing, a complaint answer) is given to the step that can fix it."""
    found, owned = [], set()
    for step in flow.visible_steps(answers):
        if step.id != "review":
            for item in validate_step(flow, step, answers, today):
                found.append((step, item))
                owned.add(item["field"])
    for item in letter_errors(flow, answers, today):
        if item["field"] in owned or any(flow.owns(s, item["field"])
                                         for s in flow.visible_steps(answers)):
            continue
        target = "you" if item["field"].startswith(("victim", "representative")) else "situation"
        found.append((flow.step(target), item))
    return found
