"""The durations behind the action letters' dates (one month, six months, three weeks, 48 hours),
read from deadlines.yaml so a legal fact lives in one dated, sourced place and never in code or
wording."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from app.datafiles import load_yaml
from app.letters.partie_civile import add_months

DATA = Path(__file__).with_name("deadlines.yaml")
UNITS = ("months", "weeks", "days", "hours")
GRADES = ("A", "B", "C")  # grade U durations are not facts: the loader refuses them


@dataclass(frozen=True)
class Deadline:
    key: str
    amount: int
    unit: str
    rule: dict  # {fr, en}
    source: str
    grade: str
    checked_on: date


def _event_amount(item: dict):
    """A duration a dated legal event holds (`amount_from: {event, value}`), so a foreign law's
    deadline shown on pages and used in letters is stored once, in app/law/events.yaml."""
    source = item.get("amount_from")
    if not isinstance(source, dict):
        return item.get("amount")
    from app.law.events import legal_events

    found = [e for e in legal_events() if e.id == source.get("event")]
    return found[0].values.get(source.get("value")) if found else None


@cache
def _all() -> dict[str, Deadline]:
    """Load and check the file once; a malformed entry is a programming error, raised early."""
    raw = load_yaml(DATA)
    out = {}
    for key, item in raw.items():
        item = {**item, "amount": _event_amount(item)}
        if (item.get("unit") not in UNITS or not isinstance(item.get("amount"), int)
                or item.get("grade") not in GRADES or not str(item.get("source", "")).startswith(
                    "https://") or not isinstance(item.get("checked_on"), date)
                or set(item.get("rule") or {}) != {"fr", "en"}):
            raise ValueError(f"{DATA.name}: bad entry {key!r}")
        out[key] = Deadline(key, item["amount"], item["unit"], dict(item["rule"]),
                            item["source"], item["grade"], item["checked_on"])
    return out


def deadline(key: str) -> Deadline:
    return _all()[key]


def due_date(start: date, key: str) -> date:
    """`start` plus the duration: months as in CPP 85 (same day, or the month's last day)."""
    d = deadline(key)
    if d.unit == "months":
        return add_months(start, d.amount)
    if d.unit == "hours":  # from a day, whole days: 48 hours after a day is two days later
        return start + timedelta(days=d.amount // 24)
    return start + timedelta(weeks=d.amount) if d.unit == "weeks" else start + timedelta(d.amount)
