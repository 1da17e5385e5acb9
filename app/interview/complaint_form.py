"""Interview answers (strings by field name) ⇄ the letters' JSON body, and their checks. No Flask.

Why one conversion: the interview, the saved-answers file and the API all end in the same body,
made into a letter by the letters' registry (app/letters/registry.py), so a letter made on the
site and one made through the API say the same thing, and the letters' own error messages are
shown next to the field that caused them.
"""

from __future__ import annotations

import json
import re
from datetime import date

from app.letters import registry

from .complaint_flow import ComplaintFlow, Step, group_name
from .flow import parse_date
from .qualify_steps import engine_errors

PERSON = ("first_name", "last_name", "birth_date", "address", "postcode", "commune", "email",
          "phone")
SAVED_FORMAT = "recours-complaint-answers"
SAVED_MAX_BYTES = 200_000
_INDEXED = re.compile(r"^(?P<group>facts|exhibits)\[(?P<index>\d+)\](?P<rest>.*)$")
_LIST_ITEM = re.compile(r"^(?P<base>.+?)\[\d+\]$")
MESSAGES = {
    "required": {"fr": "Ce champ est obligatoire.", "en": "This field is required."},
    "invalid_choice": {"fr": "Choisissez une des réponses proposées.",
                       "en": "Choose one of the answers offered."},
}


def error(field: str, code: str) -> dict:
    return {"field": field, "code": code, "message": dict(MESSAGES[code])}


def _date(value: str | None) -> str | None:
    """Dates as the letters expect them; a typed DD/MM/YYYY is accepted, nonsense is kept so
    the letters' check can name it."""
    if not value:
        return None
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else value


def _lines(value: str | None) -> list[str]:
    return [line.strip() for line in (value or "").split("\n") if line.strip()]


def _person(answers: dict, prefix: str) -> dict:
    person = {key: answers.get(f"{prefix}.{key}", "") for key in PERSON}
    person["birth_date"] = _date(person["birth_date"])
    return person


def _group(flow: ComplaintFlow, answers: dict, group: str, convert) -> tuple[list, list[int]]:
    items, where = [], []
    for index in flow.indices(answers, group):
        items.append(convert(lambda sub, i=index: answers.get(group_name(group, i, sub), "")))
        where.append(index)
    return items, where


def to_body(flow: ComplaintFlow, answers: dict[str, str]) -> tuple[dict, dict[str, list[int]]]:
    """The API body of these answers, and for each group the form index of each item."""
    facts, fact_at = _group(flow, answers, "facts", lambda get: {
        "date": _date(get("date")), "description": get("description"),
        "platform": get("platform"), "urls": _lines(get("urls")), "account": get("account")})
    exhibits, exhibit_at = _group(flow, answers, "exhibits", lambda get: {
        "description": get("description"), "seen_at": get("seen_at"), "url": get("url"),
        "sha256": get("sha256")})
    writer = _person(answers, "victim")
    body = {
        "letter_lang": answers.get("letter_lang") or "fr",
        "victim": writer,
        "commune_insee": answers.get("commune_insee", ""),
        "tribunal": answers.get("tribunal", ""),
        "qualification": flow.qualify.payload(answers),
        "author": {"known": answers.get("author.known") == "yes",
                   "name": answers.get("author.name", ""),
                   "accounts": _lines(answers.get("author.accounts")),
                   "relationship": answers.get("author.relationship", "")},
        "facts": facts,
        "harm": answers.get("harm", ""),
        "partie_civile": answers.get("partie_civile") == "yes",
        "exhibits": exhibits,
        "signed_at_place": answers.get("signed_at_place", ""),
    }
    if answers.get("writer") == "representative":
        body["representative"] = {**_person(answers, "representative"),
                                  "role": answers.get("representative.role", "")}
        body["representative"].pop("birth_date")
        writer = body["representative"]
    if not body["signed_at_place"]:
        body["signed_at_place"] = writer.get("commune", "")
    if answers.get("reading_copy") == "yes":
        body["reading_copy_lang"] = "en" if body["letter_lang"] == "fr" else "fr"
    if answers.get("kind") == "partie_civile":
        body["first_complaint_date"] = _date(answers.get("first_complaint_date"))
        body["refusal_date"] = _date(answers.get("refusal_date"))
        body["signed_on"] = _date(answers.get("signed_on"))
    return body, {"facts": fact_at, "exhibits": exhibit_at}


def form_field(name: str, where: dict[str, list[int]]) -> str:
    """The form field an error of the body belongs to."""
    if name.startswith("qualification."):
        return name.split(".", 1)[1]
    if name == "reading_copy_lang":
        return "reading_copy"
    if name in where:  # e.g. "facts" is required
        first = where[name][0] if where[name] else 0
        return group_name(name, first, "date" if name == "facts" else "description")
    match = _INDEXED.match(name)
    if match:
        positions = where[match["group"]]
        index = int(match["index"])
        name = f"{match['group']}[{positions[index] if index < len(positions) else index}]"
        name += match["rest"]
    item = _LIST_ITEM.match(name)
    return item["base"] if item else name


def letter_errors(flow: ComplaintFlow, answers: dict[str, str], today: date) -> list[dict]:
    """Every objection of the letters (and qualification) checks, on form field names."""
    body, where = to_body(flow, answers)
    return [_court_on_where_step(flow, {**e, "field": form_field(e["field"], where)})
            for e in registry.check(answers.get("kind", "complaint"), body, today)]


def _court_on_where_step(flow: ComplaintFlow, item: dict) -> dict:
    """A court the victim's address cannot settle is fixed on the `where` step, in its words."""
    key = {"ambiguous_court": "court_ambiguous", "commune_mismatch": "court_mismatch"}
    if item["code"] not in key:
        return item
    message = {lang: flow.text(lang)["ui"][key[item["code"]]] for lang in ("fr", "en")}
    return {"field": "place_query", "code": item["code"], "message": message}


def _own_checks(flow: ComplaintFlow, step: Step, answers: dict[str, str]) -> list[dict]:
    """Required answers and choices the letters schema cannot see (it has defaults)."""
    errors = []
    if step.group:
        indices = flow.indices(answers, step.group) or ([0] if step.min else [])
        checks = [(group_name(step.group, i, f.name), f) for i in indices for f in step.fields]
    else:
        checks = [(f.name, f) for f in step.fields]
    for name, spec in checks:
        value = answers.get(name, "")
        if spec.required and not value:
            errors.append(error(name, "required"))
        elif value and spec.choices and value not in spec.choices:
            errors.append(error(name, "invalid_choice"))
    if step.id == "where" and answers.get("place_query") and not answers.get("commune_insee") \
            and not answers.get("tribunal"):
        errors.append(error("commune_insee", "required"))
    return errors


def first_per_field(errors: list[dict]) -> list[dict]:
    """Each field's first problem only, in order: one message per field on the page."""
    seen, first = set(), []
    for item in errors:
        if item["field"] not in seen:
            seen.add(item["field"])
            first.append(item)
    return first


def validate_step(flow: ComplaintFlow, step: Step, answers: dict[str, str],
                  today: date) -> list[dict]:
    """The problems of one step only, each once per field."""
    if step.qualify:
        q = flow.qualify
        errors = [e for s in q.visible_steps(answers) for e in q.validate(s.id, answers)]
        if not errors and q.visible_steps(answers):
            errors = engine_errors(q, q.visible_steps(answers)[-1].id, answers, today)
    else:
        errors = _own_checks(flow, step, answers)
        errors += [e for e in letter_errors(flow, answers, today) if flow.owns(step, e["field"])]
    return first_per_field(errors)


def validate_all(flow: ComplaintFlow, answers: dict[str, str],
                 today: date) -> list[tuple[Step, dict]]:
    """(step, error) for every problem left, in the order of the steps."""
    found = []
    for step in flow.visible_steps(answers):
        if step.id != "review":
            found += [(step, e) for e in validate_step(flow, step, answers, today)]
    return found


class SavedFileError(ValueError):
    """A saved-answers file that cannot be read back; `status` is 413 or 422."""

    def __init__(self, code: str, status: int = 422):
        self.code, self.status = code, status
        super().__init__(code)


def saved_file(answers: dict[str, str]) -> bytes:
    """The answers as a JSON file the person keeps; it can be read back by `read_saved`."""
    content = {"format": SAVED_FORMAT, "version": 1, "answers": answers}
    return json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8")


def read_saved(flow: ComplaintFlow, raw: bytes) -> dict[str, str]:
    """Answers from a saved file; unknown fields or wrong values are refused, not skipped."""
    if len(raw) > SAVED_MAX_BYTES:
        raise SavedFileError("too_large", 413)
    try:
        content = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise SavedFileError("not_json") from None
    if not isinstance(content, dict) or content.get("format") != SAVED_FORMAT \
            or set(content) != {"format", "version", "answers"} or content["version"] != 1 \
            or not isinstance(content["answers"], dict):
        raise SavedFileError("wrong_format")
    answers = content["answers"]
    if not all(isinstance(k, str) and flow.known(k) for k in answers):
        raise SavedFileError("unknown_field")
    if not all(isinstance(v, str) and len(v) <= 6000 for v in answers.values()):
        raise SavedFileError("bad_value")
    return flow.answers_from(answers)
