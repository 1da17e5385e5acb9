"""Complaint answers (strings by field name) → the letters' body, and the letters' objections back
on form fields. No Flask.

Why one conversion: the interview, the saved-answers file and the API all end in the same body,
made into a letter by the letters' registry (app/letters/registry.py), so a letter made on the
site and one made through the API say the same thing, and the letters' own error messages are
shown next to the field that caused them. The action pack builds its bodies on this one.
"""

from __future__ import annotations

import re
from datetime import date

from app.interview.engine import Flow, parse_date
from app.interview.engine.answers import group_name
from app.letters import registry

PERSON = ("first_name", "last_name", "birth_date", "address", "postcode", "commune", "email",
          "phone")
_INDEXED = re.compile(
    r"(?P<group>facts|exhibits|witnesses)\[(?P<index>[0-9]{1,2})\](?P<rest>.*)")
_LIST_ITEM = re.compile(r"(?P<base>.+?)\[[0-9]{1,2}\]")
PG_TEXT = ("decision_reference", "decision_reason", "cour_appel", "grounds")
COURT_ERRORS = {"ambiguous_court": "court_ambiguous", "commune_mismatch": "court_mismatch"}


def as_date(value: str | None) -> str | None:
    """Dates as the letters expect them; a typed DD/MM/YYYY is accepted, nonsense is kept so
    the letters' check can name it."""
    if not value:
        return None
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else value


def lines(value: str | None) -> list[str]:
    return [line.strip() for line in (value or "").split("\n") if line.strip()]


def _person(answers: dict, prefix: str) -> dict:
    person = {key: answers.get(f"{prefix}.{key}", "") for key in PERSON}
    person["birth_date"] = as_date(person["birth_date"])
    return person


def _group(flow: Flow, answers: dict, group: str, convert) -> tuple[list, list[int]]:
    items, where = [], []
    for index in flow.indices(answers, group):
        items.append(convert(lambda sub, i=index: answers.get(group_name(group, i, sub), "")))
        where.append(index)
    return items, where


def to_body(flow: Flow, answers: dict[str, str]) -> tuple[dict, dict[str, list[int]]]:
    """The API body of these answers, and for each group the form index of each item."""
    facts, fact_at = _group(flow, answers, "facts", lambda get: {
        "date": as_date(get("date")), "description": get("description"),
        "platform": get("platform"), "urls": lines(get("urls")), "account": get("account"),
        "place": get("place"), "reported_on": as_date(get("reported_on"))})
    exhibits, exhibit_at = _group(flow, answers, "exhibits", lambda get: {
        "description": get("description"), "seen_at": get("seen_at"), "url": get("url"),
        "place": get("place"), "sha256": get("sha256")})
    witnesses, witness_at = _group(flow, answers, "witnesses", lambda get: {
        "name": get("name"), "contact": get("contact"), "saw": get("saw")})
    writer = _person(answers, "victim")
    body = {
        "letter_lang": answers.get("letter_lang") or "fr",
        "victim": writer,
        "commune_insee": answers.get("commune_insee", ""),
        "tribunal": answers.get("tribunal", ""),
        "qualification": flow.includes["qualify"].payload(answers),
        "author": {"known": answers.get("author.known") == "yes",
                   "name": answers.get("author.name", ""),
                   "accounts": lines(answers.get("author.accounts")),
                   "relationship": answers.get("author.relationship", "")},
        "facts": facts,
        "harm": answers.get("harm", ""),
        "partie_civile": answers.get("partie_civile") == "yes",
        "exhibits": exhibits,
        "witnesses": witnesses,
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
    if answers.get("kind") == "pg_appeal":  # the decision appealed against (CPP 40-3)
        body.update({name: answers.get(name, "") for name in PG_TEXT})
        body["complaint_date"] = as_date(answers.get("complaint_date"))
        body["decision_date"] = as_date(answers.get("decision_date"))
    if answers.get("kind") == "partie_civile":
        body["first_complaint_to"] = answers.get("first_complaint_to") or None
        body["first_complaint_date"] = as_date(answers.get("first_complaint_date"))
        if body["first_complaint_to"] == "police" and answers.get("copy_sent") == "yes":
            body["copy_received_on"] = as_date(answers.get("copy_received_on"))
        body["refusal_date"] = as_date(answers.get("refusal_date"))
        body["signed_on"] = as_date(answers.get("signed_on"))
    return body, {"facts": fact_at, "exhibits": exhibit_at, "witnesses": witness_at}


def form_field(name: str, where: dict[str, list[int]], answers: dict | None = None) -> str:
    """The form field an error of the body belongs to."""
    if name.startswith("qualification."):
        return name.split(".", 1)[1]
    if name == "reading_copy_lang":
        return "reading_copy"
    if name == "copy_received_on" and (answers or {}).get("copy_sent") != "yes":
        return "copy_sent"  # no copy yet: what to send is said beside that question
    if name in where:  # e.g. "facts" is required
        first = where[name][0] if where[name] else 0
        return group_name(name, first, {"facts": "date", "witnesses": "name"}.get(
            name, "description"))
    match = _INDEXED.fullmatch(name)
    if match:
        positions = where[match["group"]]
        index = int(match["index"])
        name = f"{match['group']}[{positions[index] if index < len(positions) else index}]"
        name += match["rest"]
    item = _LIST_ITEM.fullmatch(name)
    return item["base"] if item else name


def letter_errors(flow: Flow, answers: dict[str, str], today: date) -> list[dict]:
    """Every objection of the letters (and the qualification), on form field names. A court the
    victim's address cannot settle is fixed on the `where` step, in its words."""
    body, where = to_body(flow, answers)
    found = []
    for item in registry.check(answers.get("kind", "complaint"), body, today):
        if item["code"] in COURT_ERRORS:
            message = {lang: flow.text(lang)["ui"][COURT_ERRORS[item["code"]]]
                       for lang in flow.wording}
            found.append({"field": "place_query", "code": item["code"], "message": message})
        else:
            found.append({**item, "field": form_field(item["field"], where, answers)})
    return found
