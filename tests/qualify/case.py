"""The shape of a dated scenario row and the helpers that write one (see scenarios.py)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    name: str
    facts: dict
    offences: dict
    not_applicable: frozenset = frozenset()
    complaint: bool = False
    limitation: tuple | None = None
    services_in: tuple = ()
    services_out: tuple = ()
    first_service: str | None = None
    first_steps: tuple = ()
    caveat_has: tuple = ()
    notes_have: tuple = ()
    since: dict = field(default_factory=dict)
    aggravations: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    notes_lack: tuple = ()
    ends: dict = field(default_factory=dict)
    earliest: str | None = None
    general: tuple = ()


def case(name, offences, na=(), **kw):
    facts = kw.pop("facts")
    return Case(name, facts, offences, frozenset(na), **kw)


def f(date, content="sexual_deepfake", dist="public_online", **kw):
    return {"facts_date": date, "content_type": content, "distribution": dist, **kw}


ADULT = {"victim_age_at_facts": 30}
NOW = (6, "2031-01-10")  # six years from 10 January 2025
