"""Dated legal events outside the French articles held (EU and foreign texts), loaded as strictly
as rules. An event may hold values (a deadline a foreign law sets), read like a rule's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType

import yaml

from app.config import LANGUAGES

from .schema import GRADES, LawDataError

EVENTS_FILE = Path(__file__).parent / "events.yaml"
FIELDS = {"id", "date", "date_exact", "title", "source", "grade", "checked_on"}
OPTIONAL = {"values"}


@dataclass(frozen=True)
class LegalEvent:
    id: str
    date: dt.date
    date_exact: bool
    title: dict
    source: str
    grade: str
    checked_on: dt.date
    values: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))


def _event(raw: dict, name: str) -> LegalEvent:
    if not isinstance(raw, dict):
        raise LawDataError(name, "events", "each event must be a mapping")
    where = f"events[{raw.get('id', '?')}]"
    for key in set(raw) - FIELDS - OPTIONAL:
        raise LawDataError(name, f"{where}.{key}", "unknown key")
    for key in FIELDS - set(raw):
        raise LawDataError(name, f"{where}.{key}", "missing")
    for key in ("date", "checked_on"):
        if not isinstance(raw[key], dt.date):
            raise LawDataError(name, f"{where}.{key}", "must be a date (YYYY-MM-DD)")
    if not isinstance(raw["title"], dict) or set(raw["title"]) != set(LANGUAGES):
        raise LawDataError(name, f"{where}.title", "needs exactly fr and en")
    if raw["grade"] not in GRADES or not str(raw["source"]).startswith("https://"):
        raise LawDataError(name, f"{where}.grade/source", "grade A/B/C/U and an https source")
    values = raw.get("values", {})
    if not isinstance(values, dict) or not all(
            isinstance(v, (int, float, str)) and not isinstance(v, bool) for v in values.values()):
        raise LawDataError(name, f"{where}.values", "a mapping of numbers or words")
    return LegalEvent(**{**raw, "values": MappingProxyType(dict(values))})


def load_events(path: Path = EVENTS_FILE) -> tuple[LegalEvent, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if set(data) != {"events"}:
        raise LawDataError(path.name, "events", "the file holds one key, 'events'")
    return tuple(sorted((_event(item, path.name) for item in data["events"]),
                        key=lambda event: event.date))


@cache
def legal_events() -> tuple[LegalEvent, ...]:
    return load_events()
