"""Strict validation of what a user sends to build a letter.

Every problem is reported at once, as {field, code} with a French and an English message, so the
interview and the API can show them next to the right field. Too long is an error, never a silent
truncation: a complaint must say what the person wrote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

NAME_MAX = 100
LINE_MAX = 300
TEXT_MAX = 5000
URL_MAX = 2000
LIST_MAX = 50

MESSAGES = {
    "unknown": ("Champ inconnu.", "Unknown field."),
    "required": ("Ce champ est obligatoire.", "This field is required."),
    "type": ("Type de valeur incorrect.", "Wrong type of value."),
    "too_long": ("Texte trop long.", "Text too long."),
    "too_many": ("Trop d'éléments.", "Too many items."),
    "invalid_chars": ("Caractères non autorisés.", "Characters not allowed."),
    "invalid_choice": ("Valeur non proposée.", "Value not offered."),
    "invalid_date": ("Date invalide (AAAA-MM-JJ).", "Invalid date (YYYY-MM-DD)."),
    "invalid_datetime": ("Date et heure invalides.", "Invalid date and time."),
    "invalid_email": ("Adresse électronique invalide.", "Invalid e-mail address."),
    "invalid_phone": ("Numéro de téléphone invalide.", "Invalid phone number."),
    "invalid_postcode": ("Code postal invalide.", "Invalid postcode."),
    "invalid_insee": ("Code commune INSEE invalide.", "Invalid INSEE commune code."),
    "invalid_url": ("Adresse web invalide (http ou https).",
                    "Invalid web address (http or https)."),
    "invalid_sha256": ("Empreinte SHA-256 invalide (64 caractères hexadécimaux).",
                       "Invalid SHA-256 fingerprint (64 hexadecimal characters)."),
}

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,189}\.[^@\s]{2,63}$")
_PHONE = re.compile(r"^\+?[0-9 .()\-]{4,30}$")
_POSTCODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z \-]{1,9}$")
_INSEE = re.compile(r"^(?:[0-9]{5}|2[AB][0-9]{3})$")
_URL = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
# Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) reorder what a letter
# shows without changing what it holds: a reader could see "fdp.exe" where "exe.pdf" was typed.
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class LetterInputError(ValueError):
    """The input cannot make a letter; `errors` lists every problem found."""

    def __init__(self, errors: list[dict[str, Any]]):
        self.errors = errors
        super().__init__("; ".join(f"{e['field']}: {e['code']}" for e in errors))


class _Errors:
    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def add(self, field: str, code: str) -> None:
        fr, en = MESSAGES[code]
        self.items.append({"field": field, "code": code, "message": {"fr": fr, "en": en}})


def _clean_text(value: Any, field: str, errs: _Errors, limit: int, *, multiline: bool,
                required: bool) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        errs.add(field, "type")
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not value:
        if required:
            errs.add(field, "required")
        return ""
    for ch in value:
        cat = unicodedata.category(ch)
        bad = (cat in ("Cc", "Cs", "Co", "Cn") and not (multiline and ch in "\n\t"))
        if bad or ch in "\ufffe\uffff" or ch in _DIRECTION_CONTROLS:
            errs.add(field, "invalid_chars")
            return ""
    if not multiline:
        value = " ".join(value.split())
    if len(value) > limit:
        errs.add(field, "too_long")
        return ""
    return value


def _line(value, field, errs, limit=LINE_MAX, required=False, pattern=None, code=None) -> str:
    text = _clean_text(value, field, errs, limit, multiline=False, required=required)
    if text and pattern is not None and not pattern.match(text):
        errs.add(field, code)
        return ""
    return text


def _text(value, field, errs, required=False) -> str:
    return _clean_text(value, field, errs, TEXT_MAX, multiline=True, required=required)


def _date(value, field, errs, required=False) -> date | None:
    if value is None or value == "":
        if required:
            errs.add(field, "required")
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.year >= 1900:
            return parsed
    errs.add(field, "invalid_date" if isinstance(value, str) else "type")
    return None


def _datetime_text(value, field, errs) -> str:
    """seen_at: a date or a date and time, kept as ISO text (minutes precision)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None).isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str) or len(value) > 40:
        errs.add(field, "type" if not isinstance(value, str) else "invalid_datetime")
        return ""
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        parsed = datetime.fromisoformat(value)
    except ValueError:
        errs.add(field, "invalid_datetime")
        return ""
    if parsed.year < 1900:
        errs.add(field, "invalid_datetime")
        return ""
    return parsed.replace(second=0, microsecond=0, tzinfo=None).isoformat(timespec="minutes")


def _bool(value, field, errs, default: bool) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        errs.add(field, "type")
        return default
    return value


def _choice(value, field, errs, choices, default):
    if value is None or value == "":
        return default
    if not isinstance(value, str) or value not in choices:
        errs.add(field, "invalid_choice")
        return default
    return value


def _mapping(value, field, errs, allowed: set[str], required=False) -> Mapping | None:
    if value is None:
        if required:
            errs.add(field, "required")
        return None
    if not isinstance(value, Mapping):
        errs.add(field, "type")
        return None
    for key in value:
        if key not in allowed:
            name = key if isinstance(key, str) else repr(key)
            errs.add(f"{field}.{name}"[:200], "unknown")
    return value


def _list(value, field, errs, required=False) -> list:
    if value is None:
        if required:
            errs.add(field, "required")
        return []
    if not isinstance(value, list | tuple):
        errs.add(field, "type")
        return []
    if len(value) > LIST_MAX:
        errs.add(field, "too_many")
        return []
    if required and not value:
        errs.add(field, "required")
    return list(value)


PERSON_FIELDS = {"first_name", "last_name", "birth_date", "address", "postcode", "commune",
                 "email", "phone"}


def _person(raw, field, errs, *, representative: bool) -> dict | None:
    allowed = PERSON_FIELDS | ({"role"} if representative else set())
    m = _mapping(raw, field, errs, allowed, required=not representative)
    if m is None:
        return None
    person = {
        "first_name": _line(m.get("first_name"), f"{field}.first_name", errs, NAME_MAX, True),
        "last_name": _line(m.get("last_name"), f"{field}.last_name", errs, NAME_MAX, True),
        "birth_date": _date(m.get("birth_date"), f"{field}.birth_date", errs),
        "address": _line(m.get("address"), f"{field}.address", errs),
        "postcode": _line(m.get("postcode"), f"{field}.postcode", errs, 10, False, _POSTCODE,
                          "invalid_postcode"),
        "commune": _line(m.get("commune"), f"{field}.commune", errs, NAME_MAX),
        "email": _line(m.get("email"), f"{field}.email", errs, 254, False, _EMAIL,
                       "invalid_email"),
        "phone": _line(m.get("phone"), f"{field}.phone", errs, 30, False, _PHONE,
                       "invalid_phone"),
    }
    if representative:
        person["role"] = _line(m.get("role"), f"{field}.role", errs, NAME_MAX, True)
    return person


def _urls(raw, field, errs) -> list[str]:
    return [_line(u, f"{field}[{i}]", errs, URL_MAX, True, _URL, "invalid_url")
            for i, u in enumerate(_list(raw, field, errs))]


def _author(raw, errs) -> dict:
    m = _mapping(raw, "author", errs, {"known", "name", "accounts", "relationship"})
    m = m or {}
    known = _bool(m.get("known"), "author.known", errs, False)
    accounts = [_line(a, f"author.accounts[{i}]", errs, LINE_MAX, True)
                for i, a in enumerate(_list(m.get("accounts"), "author.accounts", errs))]
    return {
        "known": known,
        "name": _line(m.get("name"), "author.name", errs, NAME_MAX, required=known),
        "accounts": accounts,
        "relationship": _line(m.get("relationship"), "author.relationship", errs),
    }


def _fact(raw, field, errs) -> dict:
    m = _mapping(raw, field, errs, {"date", "description", "platform", "urls", "account"},
                 required=True) or {}
    return {
        "date": _date(m.get("date"), f"{field}.date", errs, required=True),
        "description": _text(m.get("description"), f"{field}.description", errs, required=True),
        "platform": _line(m.get("platform"), f"{field}.platform", errs, NAME_MAX),
        "urls": _urls(m.get("urls"), f"{field}.urls", errs),
        "account": _line(m.get("account"), f"{field}.account", errs),
    }


def _exhibit(raw, field, errs) -> dict:
    m = _mapping(raw, field, errs, {"description", "seen_at", "url", "sha256"},
                 required=True) or {}
    return {
        "description": _line(m.get("description"), f"{field}.description", errs, 500, True),
        "seen_at": _datetime_text(m.get("seen_at"), f"{field}.seen_at", errs),
        "url": _line(m.get("url"), f"{field}.url", errs, URL_MAX, False, _URL, "invalid_url"),
        "sha256": _line(m.get("sha256"), f"{field}.sha256", errs, 64, False, _SHA256,
                        "invalid_sha256").lower(),
    }


TOP_FIELDS = {"letter_lang", "reading_copy_lang", "victim", "representative", "commune_insee",
              "tribunal", "qualification", "author", "facts", "harm", "partie_civile",
              "exhibits", "signed_at_place", "signed_on"}


COMPLAINT_OWN_FIELDS = ("reading_copy_lang", "commune_insee", "tribunal", "author", "harm",
                        "partie_civile")


def complaint_own_fields(m: Mapping, errs: _Errors) -> dict:
    """The fields only the complaint letters use, cleaned; problems are added to `errs`. The
    action-pack letters take the same body, so they check these fields with this function."""
    return {
        "reading_copy_lang": _choice(m.get("reading_copy_lang"), "reading_copy_lang", errs,
                                     ("fr", "en"), None),
        "commune_insee": _line(m.get("commune_insee"), "commune_insee", errs, 5, False, _INSEE,
                               "invalid_insee"),
        "tribunal": _line(m.get("tribunal"), "tribunal", errs, 200),
        "author": _author(m.get("author"), errs),
        "harm": _text(m.get("harm"), "harm", errs),
        "partie_civile": _bool(m.get("partie_civile"), "partie_civile", errs, False),
    }


def validate(raw: Any) -> dict:
    """Return a clean copy of `raw` (dates as `date`), or raise LetterInputError listing all
    problems. Never raises anything else, whatever `raw` holds."""
    errs = _Errors()
    m = _mapping(raw, "data", errs, TOP_FIELDS, required=True)
    if m is None:
        raise LetterInputError(errs.items)
    qualification = m.get("qualification")
    if qualification is not None and not isinstance(qualification, Mapping):
        errs.add("qualification", "type")
        qualification = None
    data = {
        "letter_lang": _choice(m.get("letter_lang"), "letter_lang", errs, ("fr", "en"), "fr"),
        "victim": _person(m.get("victim"), "victim", errs, representative=False),
        "representative": _person(m.get("representative"), "representative", errs,
                                  representative=True),
        "qualification": dict(qualification or {}),
        **complaint_own_fields(m, errs),
        "facts": [_fact(f, f"facts[{i}]", errs)
                  for i, f in enumerate(_list(m.get("facts"), "facts", errs, required=True))],
        "exhibits": [_exhibit(x, f"exhibits[{i}]", errs)
                     for i, x in enumerate(_list(m.get("exhibits"), "exhibits", errs))],
        "signed_at_place": _line(m.get("signed_at_place"), "signed_at_place", errs, NAME_MAX),
        "signed_on": _date(m.get("signed_on"), "signed_on", errs),
    }
    if errs.items:
        raise LetterInputError(errs.items)
    return data
