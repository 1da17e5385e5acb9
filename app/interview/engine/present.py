"""What a step's page or the review shows, as plain dicts for the templates. No Flask.

A field is {kind, name, id, label, hint, value, error, type, attrs, choices, target}; the one
macro of app/templates/interview/_fields.html lays every kind out (input, radios, check box,
text area, list). The wording of a question is `questions.<id>` ({label, hint, choices}) in its
interview's wording, `questions.<group>.<id>` in a repeated step.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from app.formats import long_date

from .answers import group_name, parse_date
from .flow import Flow
from .questions import DONT_KNOW, Question, Step

INPUT_TYPES = {"date": "text", "datetime": "datetime-local", "email": "email", "tel": "tel",
               "url": "url"}
KINDS = {"choice": "radios", "boolean": "radios", "textarea": "textarea", "lines": "textarea",
         "checkbox": "checkbox", "select": "select"}
SCRIPTS = {"sha256": "js/fingerprint.js"}  # a question type that needs a script on its page


def html_id(name: str) -> str:
    """A plain id for a field name such as facts[0].date → facts-0-date."""
    return re.sub(r"[^A-Za-z0-9_]+", "-", name).strip("-")


def _choices(flow: Flow, question: Question, text: dict, lang: str, value: str) -> list:
    ui = flow.text(lang)["ui"]
    if question.type == "boolean":
        return [("yes", ui["yes"]), ("no", ui["no"]), ("unknown", ui["dont_know"])]
    if question.choices_from:
        options = list(flow.providers[question.choices_from](lang, flow.text(lang)))
        if question.type == "select" and value and value not in dict(options):
            options.insert(1, (value, value))  # kept visible with its error, never dropped
        return options
    return [(c, text["choices"].get(c) or ui["dont_know"]) if c == DONT_KNOW
            else (c, text["choices"][c]) for c in question.choices]


def field(flow: Flow, question: Question, name: str, key: str, lang: str, answers: dict,
          errors: dict, today: date, needed: frozenset = frozenset()) -> dict:
    """One field of a page, from its question, its wording and the answer given. `needed`:
    names the interview requires although the question is not marked required (a letter's
    check, `required_when`): never labelled optional."""
    words = flow.text(lang, answers)
    text = words["questions"][key]
    optional = not question.required and question.type != "checkbox" \
        and question.default is None and name not in needed
    value = answers.get(name, "")
    kind = KINDS.get(question.type, "input")
    item = {"kind": kind, "name": name, "id": html_id(name), "question": question.type,
            "label": text["label"] + (" " + words["ui"]["optional"] if optional else ""),
            "hint": text.get("hint", ""), "value": value, "error": errors.get(name, ""),
            "type": INPUT_TYPES.get(question.type, "text"), "attrs": {},
            "script": SCRIPTS.get(question.type, "")}
    if question.type == "date":
        # Typed as day, month and year (5 12 2026): the same on every browser and keyboard,
        # and the hint says so; a date picker's own format differs with the browser's locale.
        item["hint"] = " ".join(filter(None, (item["hint"], words["ui"]["date_hint"])))
        item["attrs"].update({"autocomplete": "off", "spellcheck": "false",
                              "class": "input-date", "maxlength": "10"})
    elif question.type == "integer":
        item["attrs"].update({"inputmode": "numeric", "maxlength": "3", "class": "input-short"})
    elif question.type == "sha256":
        item["attrs"].update({"spellcheck": "false", "maxlength": "64",
                              "autocapitalize": "off", "data-fingerprint-target": ""})
    if question.autocomplete:
        item["attrs"]["autocomplete"] = question.autocomplete
    if kind in ("radios", "select", "checkbox"):
        item["choices"] = _choices(flow, question, text, lang, value) if kind != "checkbox" \
            else []
    item["target"] = (f"{name}-{item['choices'][0][0]}" if kind == "radios" else item["id"])
    return item


def step_fields(flow: Flow, step: Step, answers: dict, errors: dict, lang: str, today: date,
                indices: list[int] | None = None, needed: frozenset = frozenset()) -> list:
    """The fields of a step's page; for a repeated step, a list of {number, index, fields}."""
    if step.include:
        included = flow.includes[step.include]
        return [field(included, q, q.id, q.id, lang, answers, errors, today, needed)
                for s in included.steps for q in s.questions]
    if step.group:
        rows = indices if indices is not None else (flow.indices(answers, step.group) or [0])
        return [{"number": number, "index": index,
                 "file_id": html_id(group_name(step.group, index, "file")),
                 "fields": [field(flow, q, group_name(step.group, index, q.id),
                                  f"{step.group}.{q.id}", lang, answers, errors, today, needed)
                            for q in step.questions]}
                for number, index in enumerate(rows, start=1)]
    return [field(flow, q, q.id, q.id, lang, answers, errors, today, needed)
            for q in flow.questions(step, answers)]


def flat(step: Step, fields: list) -> list[dict]:
    return [f for group in fields for f in group["fields"]] if step.group else fields


def shown(flow: Flow, item: dict, lang: str) -> str:
    """An answer in words, as the review shows it: the words of a choice, Yes for a ticked
    box, a date as people write it (5 December 2026, 21:30), the text as typed otherwise (line
    breaks kept)."""
    value = item["value"]
    if not value:
        return ""
    if item["kind"] in ("radios", "select"):
        return dict(item["choices"]).get(value, value)
    if item["kind"] == "checkbox":
        return flow.text(lang)["ui"]["yes"]
    if item.get("question") == "date":
        parsed = parse_date(value)
        return long_date(parsed, lang) if parsed else value
    if item.get("question") == "datetime":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return flow.text(lang)["ui"]["date_time"].format(
            date=long_date(moment.date(), lang), time=moment.strftime("%H:%M"))
    return value


Display = Callable[[dict], str | None]  # an interview's own way to show an answer, or None


def review(flow: Flow, answers: dict, lang: str, today: date,
           display: Display | None = None) -> list[dict]:
    """Every visible step with its answers in words: [{id, title, rows: [{heading, items:
    [(label, answer)]}]}]."""
    words = flow.text(lang, answers)
    ui = words["ui"]
    out = []
    for step in flow.visible_steps(answers):
        if step.review:
            continue
        fields = step_fields(flow, step, answers, {}, lang, today)
        groups = fields if step.group else [{"number": 0, "fields": fields}]
        rows = []
        for group in groups:
            heading = (words["steps"][step.id]["item"].format(n=group["number"])
                       if step.group else "")
            # A box left unticked reads "No": a step of boxes never reads "not answered".
            items = [(f["label"], (display(f) if display and f["value"] else None)
                      or shown(flow, f, lang) or ui["no"])
                     for f in group["fields"] if f["value"] or f["kind"] == "checkbox"]
            rows.append({"heading": heading, "items": items})
        out.append({"id": step.id, "title": words["steps"][step.id]["title"], "rows": rows})
    return out
