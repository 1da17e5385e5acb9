"""From one JSON-like body to a letter file: shared by the interview, the API and the CLI.

The body is the letters schema (app/letters/schema.py) plus `qualification` (the /api/v1/qualify
input, run through the qualification engine to name the offences) and, for the partie civile
letter, `first_complaint_date` and `refusal_date`. The court is found by complaint_court (an
explicit `tribunal`, else `commune_insee`, else the victim's postcode and commune). The delay
before the partie civile letter is read from the law data (CPP 85), and that letter is refused
when its date comes before the condition it states. Either letter is refused when a fact is dated
after today, or when it is signed before the latest fact or more than a year ahead. No Flask
here, nothing written anywhere: bytes in memory only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.law import get_registry
from app.letters import (
    FORMATS,
    Letter,
    LetterInputError,
    build_complaint,
    build_partie_civile,
    filing_date,
    media_type,
    render,
    validate,
)
from app.letters.complaint import signing_errors
from app.letters.partie_civile import admissibility_errors
from app.qualify import QualifyInputError, qualify_json
from app.services.communes import commune

from .complaint_court import court_for

KINDS = ("complaint", "partie_civile")
_INSEE = re.compile(r"^(?:[0-9]{5}|2[AB][0-9]{3})$")
FILE_FORMATS = tuple(f for f in FORMATS if f != "html")
PC_FIELDS = ("first_complaint_date", "refusal_date")

MESSAGES = {
    "required": {"fr": "Ce champ est obligatoire.", "en": "This field is required."},
    "invalid_date": {"fr": "Date invalide (AAAA-MM-JJ).", "en": "Invalid date (YYYY-MM-DD)."},
    "invalid_choice": {"fr": "Choisissez une des réponses proposées.",
                       "en": "Choose one of the answers offered."},
    "unknown_commune": {"fr": "Aucune commune ne porte ce code INSEE.",
                        "en": "No commune has this INSEE code."},
    "future_date": {"fr": "Cette date est dans le futur.", "en": "This date is in the future."},
    "before_first": {"fr": "Cette date est antérieure à celle de la première plainte.",
                     "en": "This date is before the date of the first complaint."},
    "no_reading_copy": {"fr": "Aucune langue de copie de lecture n'a été choisie "
                              "(reading_copy_lang).",
                        "en": "No reading copy language was chosen (reading_copy_lang)."},
    "invalid_format": {"fr": "Format inconnu. Formats possibles\u00a0: pdf, docx, odt, txt.",
                       "en": "Unknown format. Possible formats: pdf, docx, odt, txt."},
}
FILE_NAMES = {
    ("complaint", "fr"): "plainte-procureur", ("complaint", "en"): "complaint-reading-copy",
    ("partie_civile", "fr"): "plainte-partie-civile",
    ("partie_civile", "en"): "partie-civile-reading-copy",
}


def error(field: str, code: str) -> dict:
    return {"field": field, "code": code, "message": dict(MESSAGES[code])}


@dataclass(frozen=True)
class Prepared:
    """Everything a builder needs, checked."""

    data: dict
    offences: list[dict]
    tribunal: dict | None
    first_complaint_date: date | None = None
    refusal_date: date | None = None


def cpp85_months(today: date) -> int:
    """The delay after the first complaint, from the law data (never typed here)."""
    return int(get_registry().offence("cpp-85").version_at(today).values["months"])


def _offences(qualification: dict, lang: str, today: date, errors: list) -> list[dict]:
    if not qualification:
        return []
    payload = {"lang": lang, **qualification}
    try:
        return qualify_json(payload, today)["offences"]
    except QualifyInputError as exc:
        for item in exc.errors:
            item = dict(item)
            item["field"] = f"qualification.{item['field']}" if item["field"] else "qualification"
            errors.append(item)
        return []


def _iso_date(raw: Any, field: str, errors: list, required: bool = False) -> date | None:
    if raw is None or raw == "":
        if required:
            errors.append(error(field, "required"))
        return None
    if isinstance(raw, str) and len(raw) == 10:
        try:
            value = date.fromisoformat(raw)
        except ValueError:
            value = None
        if value is not None and value.year >= 1900:
            return value
    errors.append(error(field, "invalid_date"))
    return None


def _pc_dates(raw: dict, today: date, errors: list) -> tuple[date | None, date | None]:
    """The dates of the partie civile letter: the first complaint, the refusal if any. When
    they are sound, the letter's date (signed_on, else today) must not come before the
    condition the letter states (CPP 85)."""
    first = _iso_date(raw.get("first_complaint_date"), "first_complaint_date", errors, True)
    refusal = _iso_date(raw.get("refusal_date"), "refusal_date", errors)
    found = len(errors)
    for name, value in (("first_complaint_date", first), ("refusal_date", refusal)):
        if value is not None and value > today:
            errors.append(error(name, "future_date"))
    if first and refusal and refusal < first:
        errors.append(error("refusal_date", "before_first"))
    signed = _iso_date(raw.get("signed_on"), "signed_on", [])  # schema.validate reports it
    if first and len(errors) == found and (signed or not raw.get("signed_on")):
        errors += admissibility_errors(first, refusal, signed or today, cpp85_months(today),
                                       "signed_on" if signed else "first_complaint_date")
    return first, refusal


def _dating_errors(data: dict, today: date) -> list[dict]:
    """No fact after today; the letter not signed before the facts, nor too far ahead."""
    future = [error(f"facts[{i}].date", "future_date") for i, fact in enumerate(data["facts"])
              if fact["date"] and fact["date"] > today]
    return future or signing_errors(data, today)


def prepare(kind: str, body: Any, today: date, *, lang: str | None = None) -> Prepared:
    """Check `body` for a letter of `kind`; raise LetterInputError listing every problem.
    `lang` overrides the letter's language (the reading copy)."""
    errors: list[dict] = []
    first = refusal = None
    if kind == "partie_civile" and isinstance(body, dict):
        first, refusal = _pc_dates(body, today, errors)
        body = {k: v for k, v in body.items() if k not in PC_FIELDS}
    try:
        data = validate(body)
    except LetterInputError as exc:
        errors = exc.errors + errors
        data = None
    if data is not None:
        if lang:
            data["letter_lang"] = lang
        offences = _offences(data["qualification"], data["letter_lang"], today, errors)
        errors += _dating_errors(data, today)
    insee = body.get("commune_insee") if isinstance(body, dict) else None
    if isinstance(insee, str) and _INSEE.match(insee) and commune(insee) is None:
        errors.append(error("commune_insee", "unknown_commune"))
    tribunal = court_for(data, errors) if data is not None else None
    if errors:
        raise LetterInputError(errors)
    return Prepared(data, offences, tribunal, first, refusal)


def build(kind: str, body: Any, today: date, *, reading_copy: bool = False) -> Letter:
    """The letter (or its reading copy in `reading_copy_lang`) from a raw body."""
    lang = None
    if reading_copy:
        lang = body.get("reading_copy_lang") if isinstance(body, dict) else None
        if lang not in ("fr", "en"):
            raise LetterInputError([error("reading_copy_lang", "no_reading_copy")])
    p = prepare(kind, body, today, lang=lang)
    if kind == "partie_civile":
        return build_partie_civile(p.data, p.offences, p.tribunal, p.first_complaint_date,
                                   p.refusal_date, today, months=cpp85_months(today))
    return build_complaint(p.data, p.offences, p.tribunal, today)


def available_from(first: date, refusal: date | None, today: date) -> date:
    """The first day the partie civile letter can be filed."""
    return filing_date(first, refusal, cpp85_months(today))


def document(kind: str, body: Any, fmt: str, today: date, *,
             reading_copy: bool = False) -> tuple[bytes, str, str]:
    """(bytes, media type, file name) of the letter in `fmt`; raises LetterInputError."""
    if fmt not in FORMATS:
        raise LetterInputError([error("format", "invalid_format")])
    letter = build(kind, body, today, reading_copy=reading_copy)
    name = f"{FILE_NAMES[(kind, letter.lang)]}.{fmt}"
    return render(letter, fmt), media_type(fmt), name
