"""What a complaint step or the review shows, as plain dicts for the templates. No Flask.

Why: the templates only lay out fields ({kind, name, id, label, hint, value, error, choices});
the wording, the commune candidates and the recap of every answer are decided here.
"""

from __future__ import annotations

import re
from datetime import date

from app.law import get_registry
from app.letters.court import tribunal_named, tribunal_names
from app.letters.justice import available_from
from app.letters.wording import long_date
from app.pages.wording import article_name
from app.services.communes import commune, find_communes
from app.services.courts import tribunal_for

from .complaint_flow import ComplaintFlow, Step, group_name
from .flow import parse_date

MAX_CANDIDATES = 30
INPUT_TYPES = {"text": "text", "date": "date", "datetime": "datetime-local", "email": "email",
               "tel": "tel", "url": "url", "sha256": "text"}


def html_id(name: str) -> str:
    """A plain id for a field name such as facts[0].date → facts-0-date."""
    return re.sub(r"[^A-Za-z0-9_]+", "-", name).strip("-")


def _field(flow, lang, spec, name, key, answers, errors, attrs=None) -> dict:
    text = flow.text(lang, answers)["fields"][key]
    ui = flow.text(lang)["ui"]
    label = text["label"] + ("" if spec.required or spec.type in ("radio", "checkbox")
                             else " " + ui["optional"])
    kind = {"radio": "radios", "textarea": "textarea", "lines": "textarea",
            "checkbox": "checkbox", "court": "select"}.get(spec.type, "input")
    value = answers.get(name, "")
    if spec.type == "date" and value and not parse_date(value):
        input_type = "text"  # keep what was typed visible when a date field cannot show it
    else:
        input_type = INPUT_TYPES.get(spec.type, "text")
    item = {"kind": kind, "name": name, "id": html_id(name), "label": label,
            "hint": text.get("hint", ""), "value": value, "error": errors.get(name, ""),
            "type": input_type, "attrs": dict(attrs or {})}
    if spec.autocomplete:
        item["attrs"]["autocomplete"] = spec.autocomplete
    if spec.type == "sha256":
        item["attrs"].update({"spellcheck": "false", "maxlength": "64",
                              "autocapitalize": "off", "data-fingerprint-target": ""})
    if kind == "radios":
        item["choices"] = [(c, text["choices"][c]) for c in spec.choices]
        item["target"] = f"{name}-{spec.choices[0]}"
    elif kind == "select":
        names = list(tribunal_names())
        if value and value not in names:  # kept visible with its error, never dropped
            names.insert(0, value)
        item["choices"] = [("", ui["court_default"]), *((n, n) for n in names)]
        item["target"] = item["id"]
    else:
        item["target"] = item["id"]
    return item


def qualify_fields(flow: ComplaintFlow, answers: dict, errors: dict, lang: str,
                   today: date) -> list[dict]:
    """The qualification questions, worded as on the qualification pages."""
    q = flow.qualify
    words = q.text(lang)
    ui = flow.text(lang)["ui"]  # our own yes/no words: the qualification wording may change
    fields = []
    for question in (qq for s in q.steps for qq in s.questions):
        text = words["questions"][question.id]
        label = text["question"] + ("" if question.required else " " + ui["optional"])
        item = {"name": question.id, "id": question.id, "label": label, "hint": text["hint"],
                "value": answers.get(question.id, ""), "error": errors.get(question.id, ""),
                "attrs": {}}
        if question.type in ("choice", "boolean"):
            choices = ([(v, text["choices"][v]) for v in question.choices]
                       if question.type == "choice" else
                       [("yes", ui["yes"]), ("no", ui["no"]), ("unknown", ui["dont_know"])])
            item.update(kind="radios", choices=choices, target=f"{question.id}-{choices[0][0]}")
        elif question.type == "date":
            item.update(kind="input", type="date", target=question.id,
                        attrs={"max": today.isoformat()})
        else:
            item.update(kind="input", type="text", target=question.id,
                        attrs={"inputmode": "numeric", "maxlength": "3"})
        fields.append(item)
    return fields


def step_fields(flow: ComplaintFlow, step: Step, answers: dict, errors: dict, lang: str,
                today: date, indices: list[int] | None = None) -> list:
    """Fields of a plain step, or for a group step a list of {number, index, fields}."""
    if step.qualify:
        return qualify_fields(flow, answers, errors, lang, today)
    if step.group:
        rows = indices if indices is not None else (flow.indices(answers, step.group) or [0])
        groups = []
        for number, index in enumerate(rows, start=1):
            fields = [_field(flow, lang, spec, group_name(step.group, index, spec.name),
                             f"{step.group}.{spec.name}", answers, errors)
                      for spec in step.fields]
            groups.append({"number": number, "index": index, "fields": fields,
                           "file_id": html_id(group_name(step.group, index, "file"))})
        return groups
    return [_field(flow, lang, spec, spec.name, spec.name, answers, errors,
                   {"max": today.isoformat()} if spec.type == "date" and not spec.future
                   else None)
            for spec in step.fields]


def candidates(answers: dict, lang: str, words: dict) -> list[tuple[str, str]]:
    """(INSEE code, label naming the competent court) for the place typed."""
    query = answers.get("place_query", "")
    found = find_communes(query, MAX_CANDIDATES) if query else []
    chosen = commune(answers.get("commune_insee", ""))
    if chosen and all(c.insee != chosen.insee for c in found):
        found = [chosen, *found]
    options = []
    for c in found:
        court = tribunal_for(c.insee)
        options.append((c.insee, words["commune_option"].format(
            name=c.name, postcodes=", ".join(c.postcodes[:3]), department=c.departement_name,
            court=court.name if court else words["court_unknown"])))
    return options


def cpp43(lang: str) -> dict:
    rule = get_registry().offence("cpp-43")
    return {"name": article_name(rule.article, rule.code, lang), "url": rule.url}


def _shown(flow: ComplaintFlow, field: dict, lang: str) -> str:
    value = field["value"]
    if not value:
        return ""
    if field["kind"] == "radios":
        return dict(field["choices"]).get(value, value)
    if field["kind"] == "checkbox":
        return flow.text(lang)["ui"]["yes"]
    if field["name"] == "commune_insee":
        found = commune(value)
        return f"{found.name} ({found.insee})" if found else value
    return value


def review(flow: ComplaintFlow, answers: dict, lang: str, today: date) -> list[dict]:
    """Every visible step with its answers in words, for the recap."""
    words = flow.text(lang, answers)
    out = []
    for step in flow.visible_steps(answers):
        if step.id == "review":
            continue
        rows: list[dict] = []
        fields = step_fields(flow, step, answers, {}, lang, today)
        if step.group:
            for group in fields:
                title = words["ui"]["fact_n" if step.group == "facts" else "exhibit_n"]
                rows.append({"heading": title.format(n=group["number"]),
                             "items": [(f["label"], _shown(flow, f, lang))
                                       for f in group["fields"] if f["value"]]})
        else:
            rows.append({"heading": "", "items": [(f["label"], _shown(flow, f, lang))
                                                  for f in fields if f["value"]]})
        if step.id == "where" and not answers.get("tribunal"):  # a chosen court is listed
            court = chosen_court(answers)
            if court:
                rows[0]["items"].append((words["ui"]["court"], court.name))
        out.append({"id": step.id, "title": words["steps"][step.id]["title"], "rows": rows})
    return out


def chosen_court(answers: dict):
    """The court the letter goes to: the one chosen, else the one of the commune chosen."""
    if answers.get("tribunal"):
        return tribunal_named(answers["tribunal"])
    return tribunal_for(answers["commune_insee"]) if answers.get("commune_insee") else None


def filing_from(answers: dict, lang: str, today: date) -> str | None:
    """When the partie civile letter can be filed, in words, if the dates are valid."""
    first = parse_date(answers.get("first_complaint_date", ""))
    refusal = parse_date(answers.get("refusal_date", "")) if answers.get("refusal_date") else None
    if first is None or first > today or (refusal and (refusal < first or refusal > today)):
        return None
    return long_date(available_from(first, refusal, today), lang)
