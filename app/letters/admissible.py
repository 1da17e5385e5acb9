"""When the plainte avec constitution de partie civile becomes admissible (CPP 85), counted as
CPP 801 says. No Flask.

CPP 85 makes it admissible after the procureur's decision not to prosecute, or once three months
(the law data's `months`) have passed since the procureur received the complaint (against a
receipt, or by registered letter with acknowledgement of receipt) or a copy, sent the same way,
of a complaint made at the police or gendarmerie. A complaint made at the police alone starts
nothing: the tool then says how to send the copy and offers no letter.

The period ends on the same day `months` later (the month's last day when that day does not
exist) at midnight; one that would end on a Saturday, a Sunday or a public holiday runs to the
next working day (CPP 801, the days read from the law data). The letter can be dated from the
day after. Holidays are France's public holidays (the `holidays` package) and, for a court of
Alsace-Moselle or overseas, that territory's own; with no court known, every territory's, so
the date given is never too early.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays

from app.law import get_registry

ROUTES = ("procureur", "police")

# Courts whose territory has public holidays of its own (the `holidays` package's subdivisions).
LOCAL_HOLIDAYS = {
    "Tribunal judiciaire de Metz": "57", "Tribunal judiciaire de Thionville": "57",
    "Tribunal judiciaire de Sarreguemines": "57", "Tribunal judiciaire de Strasbourg": "6AE",
    "Tribunal judiciaire de Saverne": "6AE", "Tribunal judiciaire de Colmar": "6AE",
    "Tribunal judiciaire de Mulhouse": "6AE", "Tribunal judiciaire de Basse-Terre": "971",
    "Tribunal judiciaire de Pointe-à-Pitre": "971",
    "Tribunal judiciaire de Fort-de-France": "972", "Tribunal judiciaire de Cayenne": "973",
    "Tribunal judiciaire de Saint-Denis-de-La-Réunion": "974",
    "Tribunal judiciaire de Saint-Pierre": "974", "Tribunal judiciaire de Mamoudzou": "976",
    "Tribunal de Première Instance de Nouméa": "NC",
    "Tribunal de Première Instance de Papeete": "PF",
    "Tribunal de Première Instance de Mata-Utu": "WF",
    "Tribunal de Première Instance de Saint-Pierre-et-Miquelon": "PM",
}
_WEEKEND = {"saturday": 5, "sunday": 6}


def add_months(start: date, months: int) -> date:
    """Same day `months` later; the month's last day when that day does not exist."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def cpp85(today: date) -> dict:
    """The values of CPP 85 in force `today` (months, what starts the period)."""
    return dict(get_registry().offence("cpp-85").version_at(today).values)


def _cpp801(on: date) -> dict:
    rule = get_registry().offence("cpp-801")
    return dict((rule.version_at(on) or rule.versions[0]).values)


@lru_cache(maxsize=64)
def _holidays(year: int, subdiv: str | None) -> frozenset[date]:
    if subdiv is None:
        subdivisions = list(holidays.France.subdivisions)
    else:
        subdivisions = [subdiv] if subdiv else []
    days = set(holidays.France(years=year))
    for name in subdivisions:
        days |= set(holidays.France(years=year, subdiv=name))
    return frozenset(days)


def subdivision(court: str | None) -> str | None:
    """The holidays' territory of a court; "" for mainland France (national holidays only),
    None when the court is not known (every territory's holidays are counted)."""
    if not court:
        return None
    return LOCAL_HOLIDAYS.get(court, "")


def _closed(day: date, kinds: list, subdiv: str | None) -> bool:
    if any(day.weekday() == _WEEKEND[k] for k in kinds if k in _WEEKEND):
        return True
    if "public_holiday" not in kinds:
        return False
    return day in _holidays(day.year, subdiv)


def period_end(start: date, months: int, subdiv: str | None = None) -> date:
    """The last day of a period of `months` from `start`, moved on as CPP 801 says."""
    end = add_months(start, months)
    rule = _cpp801(end)
    kinds = list(rule.get("extended_from") or ())
    while _closed(end, kinds, subdiv):
        end += timedelta(days=1)
    return end


@dataclass(frozen=True)
class Admission:
    """Why the letter is admissible and from when. `route`: refusal, procureur or police."""

    route: str
    first: date  # the first complaint (received by the procureur, or made at the police)
    available: date  # the first day the letter can be dated
    months: int
    starts: date | None = None  # what the period runs from (None after a refusal)
    ends: date | None = None  # its last day, CPP 801 applied
    copy_received: date | None = None
    refusal: date | None = None
    made_at: str = "procureur"  # where the first complaint was made: procureur or police


def admission(route: str, first: date, copy_received: date | None, refusal: date | None,
              today: date, court: str | None = None, on: date | None = None) -> Admission | None:
    """Why and from when the letter is admissible: the condition met on `on` (the letter's
    date; the procureur's decision first, then the period), else the one met first. None when
    nothing can make it admissible yet: a complaint made at the police, with no copy received
    by the procureur and no decision."""
    months = int(cpp85(today)["months"])
    options = []
    if refusal is not None:
        options.append(Admission("refusal", first, refusal, months, refusal=refusal,
                                 copy_received=copy_received, made_at=route))
    starts = first if route == "procureur" else copy_received
    if starts is not None:
        ends = period_end(starts, months, subdivision(court))
        options.append(Admission(route, first, ends + timedelta(days=1), months, starts, ends,
                                 copy_received if route == "police" else None, made_at=route))
    met = [option for option in options if on is not None and on >= option.available]
    if met:
        return met[0]
    return min(options, key=lambda option: option.available, default=None)
