"""Dated legal events outside the French articles held (EU texts, foreign laws such as the US
TAKE IT DOWN Act), loaded as strictly as rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from app.config import LANGUAGES

from .schema import GRADES, LawDataError

EVENTS_FILE = Path(__file__).parent / "events.yaml"
FIELDS = {"id", "date", "date_exact", "title", "source", "grade", "checked_on"}


@dataclass(frozen=True)
class LegalEvent:
    id: str
    date: dt.date
    date_exact: bool
    title: dict
    source: str
    grade: str
    checked_on: dt.date


def _event(raw: dict, name: str) -> LegalEvent:
    if not isinstance(raw, dict):
        raise LawDataError(name, "events", "each event must be a mapping")
    where = f"events[{raw.get('id', '?')}]"
    for key in set(raw) - FIELDS:
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
    return LegalEvent(**raw)


def load_events(path: Path = EVENTS_FILE) -> tuple[LegalEvent, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if set(data) != {"events"}:
        raise LawDataError(path.name, "events", "the file holds one key, 'events'")
    return tuple(sorted((_event(item, path.name) for item in data["events"]),
                        key=lambda event: event.date))


@cache
def legal_events() -> tuple[LegalEvent, ...]:
    return load_events()
