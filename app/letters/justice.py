"""The letters to the justice system, as document kinds: the complaint to the procureur and,
later, the plainte avec constitution de partie civile to the doyen des juges d'instruction or
the appeal to the procureur général against a classement sans suite.

All take the complaint body (app/letters/schema.py); the partie civile letter adds the dates
that make it admissible, the appeal the decision it contests (pg_appeal.py). Preparing a body
checks it, names the offences through the qualification engine (from `qualification`, the
/api/v1/qualify input), finds the court (app/letters/court.py) and checks the dates: no fact
after today; the letter not signed before the latest fact nor more than a year ahead; the
partie civile letter not dated before the condition it states (CPP 85, delay read from the law
data); the appeal not dated before the decision. No Flask.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.law import get_registry

from .complaint import build_complaint, signing_errors
from .court import court_for
from .declare import Date, LetterInputError, Problems, problem
from .kind import DocumentKind
from .model import Letter
from .offences import from_qualification
from .partie_civile import admissibility_errors, build_partie_civile, filing_date
from .pg_appeal import OWN_FIELDS as PG_FIELDS
from .pg_appeal import PG_APPEAL, build_pg_appeal, dating_errors
from .schema import COMPLAINT

PC_DATES = ("first_complaint_date", "refusal_date")


def _refusal_after_first(data: dict, path: str, found: Problems) -> None:
    first, refusal = data["first_complaint_date"], data["refusal_date"]
    if first and refusal and refusal < first:
        found.add("refusal_date", "before_first")


PARTIE_CIVILE = replace(COMPLAINT.with_fields(
    first_complaint_date=Date(required=True, past=True, description=(
        "Date of the first complaint, not in the future. Without a refusal_date, the letter "
        "can only be dated from this date plus the CPP 85 delay (from the law data): an "
        "earlier signed_on, or today when signed_on is absent, gives 422 too_early on "
        "signed_on (or on this field when signed_on is absent).")),
    refusal_date=Date(past=True, description=(
        "Date of the prosecutor's decision not to prosecute, if any (not before the first "
        "complaint)."))),
    name="PartieCivileLetterInput", rules=(*COMPLAINT.rules, _refusal_after_first),
    description="The complaint input plus the dates that make the plainte avec constitution "
                "de partie civile admissible (CPP 85; the delay comes from the law data).")


@dataclass(frozen=True)
class Prepared:
    """A checked body and what the letter needs beyond it."""

    data: dict
    offences: list[dict]
    tribunal: dict | None


def cpp85_months(today: date) -> int:
    """The delay after the first complaint, from the law data (never typed here)."""
    return int(get_registry().offence("cpp-85").version_at(today).values["months"])


def available_from(first: date, refusal: date | None, today: date) -> date:
    """The first day the partie civile letter can be filed."""
    return filing_date(first, refusal, cpp85_months(today))


def _admissible(data: dict, today: date, found: Problems) -> None:
    """The partie civile letter states that a condition of CPP 85 is met: not before it is."""
    if any(found.at(name) for name in (*PC_DATES, "signed_on")):
        return
    signed = data["signed_on"]
    found.items += admissibility_errors(
        data["first_complaint_date"], data["refusal_date"], signed or today, cpp85_months(today),
        "signed_on" if signed else "first_complaint_date")


def _after_decision(data: dict, today: date, found: Problems) -> None:
    """The appeal contests a decision: not dated before it."""
    if not any(found.at(name) for name in ("decision_date", "signed_on")):
        found.items += dating_errors(data, today)


# Per declaration: the fields it adds to the complaint body (their problems do not stop the
# complaint's own checks) and the check of the dates the letter states.
_OWN = {PARTIE_CIVILE.name: (PC_DATES, _admissible), PG_APPEAL.name: (PG_FIELDS, _after_decision)}


def prepare(declaration, body: Any, today: date, lang: str | None) -> Prepared:
    """Check `body`; raise LetterInputError listing every problem. `lang` overrides the
    letter's language (the reading copy)."""
    found = Problems(today)
    data = declaration.clean(body, "", found)
    if data is None:
        raise LetterInputError(found.items)
    own, dates = _OWN.get(declaration.name, ((), None))
    complaint_ok = all(item["field"] in own for item in found.items)
    if dates is not None:
        dates(data, today, found)
    tribunal, named = None, []
    if complaint_ok:  # the deeper checks need a sound complaint body
        if lang:
            data["letter_lang"] = lang
        named = from_qualification(data["qualification"], data["letter_lang"], today, found)
        future = [problem(f"facts[{i}].date", "future_date")
                  for i, fact in enumerate(data["facts"]) if fact["date"] and fact["date"] > today]
        found.items += future or signing_errors(data, today)
        tribunal = court_for(data, found.items)
    if found.items:
        raise LetterInputError(found.items)
    return Prepared(data, named, tribunal)


def _build_complaint(p: Prepared, today: date) -> Letter:
    return build_complaint(p.data, p.offences, p.tribunal, today)


def _build_partie_civile(p: Prepared, today: date) -> Letter:
    return build_partie_civile(p.data, p.offences, p.tribunal, p.data["first_complaint_date"],
                               p.data["refusal_date"], today, months=cpp85_months(today))


def _build_pg_appeal(p: Prepared, today: date) -> Letter:
    return build_pg_appeal(p.data, p.offences, p.tribunal, today)


KINDS = (
    DocumentKind(
        id="complaint", summary="The complaint to the procureur de la République",
        body=COMPLAINT, prepare=lambda body, today, lang: prepare(COMPLAINT, body, today, lang),
        build=_build_complaint, reading_copy=True,
        file_names={"fr": "plainte-procureur", "en": "complaint-reading-copy"}),
    DocumentKind(
        id="partie_civile",
        summary="The plainte avec constitution de partie civile (CPP 85)",
        body=PARTIE_CIVILE,
        prepare=lambda body, today, lang: prepare(PARTIE_CIVILE, body, today, lang),
        build=_build_partie_civile, reading_copy=True,
        file_names={"fr": "plainte-partie-civile", "en": "partie-civile-reading-copy"}),
    DocumentKind(
        id="pg_appeal",
        summary="The appeal to the procureur général against a classement sans suite "
                "(CPP 40-3)",
        body=PG_APPEAL,
        prepare=lambda body, today, lang: prepare(PG_APPEAL, body, today, lang),
        build=_build_pg_appeal, reading_copy=True,
        file_names={"fr": "recours-procureur-general", "en": "pg-appeal-reading-copy"}),
)
