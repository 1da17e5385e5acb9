"""Reading what a form sends: answers, the button pressed, the step. No Flask.

Answers are strings keyed by field name, carried from page to page in hidden fields (nothing is
stored). Every name and value a form sends is read strictly and with a bound: an unknown name
is ignored, an action or a step name no page offers is refused (the view answers 400), and no
number is ever read from anything but at most two ASCII digits.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .questions import DONT_KNOW, Question

# Day, month, year as people type them: 5 12 2026, 05/12/2026, 5.12.2026, 5-12-2026.
_FR_DATE = re.compile(r"([0-9]{1,2})[ /.-]{1,3}([0-9]{1,2})[ /.-]{1,3}([0-9]{4})")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INTEGER = re.compile(r"[0-9]{1,3}")
INDEX = r"(?:0|[1-9][0-9]?)"  # 0–99, ASCII, no leading zero
GROUP_FIELD = re.compile(
    rf"(?P<group>[a-z_]{{1,30}})\[(?P<index>{INDEX})\]\.(?P<sub>[a-z_0-9]{{1,40}})")
STEP_ID = re.compile(r"[a-z_]{1,30}")
ACTION = re.compile(rf"(?P<name>[a-z][a-z-]{{0,19}})(?::(?P<arg>{INDEX}|[a-z_]{{1,30}}))?")


def parse_date(raw: str) -> date | None:
    """Day, month and year (5 12 2026, 05/12/2026: what the date fields ask for), or
    YYYY-MM-DD (saved answers, the API's form); None if neither."""
    match = _FR_DATE.fullmatch(raw)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        if _ISO_DATE.fullmatch(raw):
            return date.fromisoformat(raw)
    except ValueError:
        return None
    return None


def convert(question: Question, raw: str | None, choices: tuple[str, ...] | None = None):
    """(value, error code) for one answer; value None means "not answered" (or unknown).
    `choices` replaces the question's own (a list the interview provides)."""
    if raw is None or raw == "":
        return None, ("required" if question.required else None)
    kind = question.type
    allowed = question.choices if choices is None else choices
    if kind == "choice":
        if raw not in allowed:
            return None, "invalid_choice"
        return (None, None) if raw == DONT_KNOW else (raw, None)
    if kind == "boolean":
        if raw not in allowed:
            return None, "invalid_choice"
        return {"yes": True, "no": False}.get(raw), None
    if kind == "checkbox":
        return (True, None) if raw == "yes" else (None, None)
    if kind == "date":
        parsed = parse_date(raw)
        return (parsed.isoformat(), None) if parsed else (None, "invalid_date")
    if kind == "integer":
        if not _INTEGER.fullmatch(raw):
            return None, "invalid_integer"
        number = int(raw)
        low, high = question.min, question.max
        if (low is not None and number < low) or (high is not None and number > high):
            return None, "invalid_integer"
        return number, None
    return raw, None  # free text: the letters check it (length, characters, form)


def condition_value(question: Question, raw: str | None):
    """What conditions compare: the word given when valid (yes/no for yes/no questions and
    check boxes), a number for a whole number, None when not answered, unknown or invalid."""
    if question.choices_from:  # the interview's list decides validity; conditions see the word
        return raw or None
    value, _code = convert(question, raw)
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value if isinstance(value, int) else raw


def clean(value, limit: int) -> str:
    """A form value as an answer: text only, line breaks as \\n, trimmed, at most `limit`."""
    if not isinstance(value, str):
        return ""
    return value.replace("\r\n", "\n").strip()[:limit]


def group_field(name: str):
    """The match of a repeated field's name (facts[0].date), or None."""
    return GROUP_FIELD.fullmatch(name) if isinstance(name, str) else None


def group_name(group: str, index: int, sub: str) -> str:
    return f"{group}[{index}].{sub}"


class Action(NamedTuple):
    name: str
    arg: str | None = None


def parse_action(raw: str | None, default: str = "") -> Action | None:
    """The button pressed: `next`, `remove:3`, `goto:facts`…; Action("") when none was (and
    there is no default); None when no page could send it."""
    if raw is None or raw == "":
        raw = default
    if raw == "":
        return Action("")
    found = ACTION.fullmatch(raw) if isinstance(raw, str) else None
    return Action(found["name"], found["arg"]) if found else None


def step_id(raw: str | None) -> str | None:
    """A step name as a page sends it, or None."""
    return raw if isinstance(raw, str) and STEP_ID.fullmatch(raw) else None
