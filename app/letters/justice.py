"""The letters to the justice system, as document kinds: the complaint to the procureur and,
later, the plainte avec constitution de partie civile to the doyen des juges d'instruction or
the appeal to the procureur général against a classement sans suite.

All take the complaint body (app/letters/schema.py); the partie civile letter adds the dates
that make it admissible, the appeal the decision it contests (pg_appeal.py). Preparing a body
checks it, names the offences through the qualification engine (from `qualification`, the
/api/v1/qualify input), finds the court (app/letters/court.py) and checks the dates: no fact
after today; the letter not signed before the latest fact nor more than a year ahead; the
partie civile letter not dated before the condition it states (CPP 85 counted with CPP 801,
admissible.py); the appeal not dated before the decision. No Flask.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from . import parts
from .admissible import ROUTES, Admission, admission, cpp85
from .complaint import build_complaint, signing_errors
from .court import court_for
from .declare import Choice, Date, LetterInputError, Problems, problem
from .kind import DocumentKind
from .model import Letter
from .offences import from_qualification
from .partie_civile import admissibility_errors, build_partie_civile
from .partie_civile import problem as dated_problem
from .pg_appeal import OWN_FIELDS as PG_FIELDS
from .pg_appeal import PG_APPEAL, build_pg_appeal, dating_errors
from .schema import COMPLAINT

PC_DATES = ("first_complaint_to", "first_complaint_date", "copy_received_on", "refusal_date")


def _pc_dates_in_order(data: dict, path: str, found: Problems) -> None:
    first = data["first_complaint_date"]
    for name in ("copy_received_on", "refusal_date"):
        if first and data[name] and data[name] < first:
            found.add(name, "before_first")


PARTIE_CIVILE = replace(COMPLAINT.with_fields(
    first_complaint_to=Choice(choices=ROUTES, required=True, description=(
        "Where the first complaint was made: procureur (sent to the procureur de la "
        "République by registered letter with acknowledgement of receipt, or handed in at the "
        "court against a receipt) or police (at a police station or gendarmerie).")),
    first_complaint_date=Date(required=True, past=True, description=(
        "procureur: the date the procureur received the complaint (on the acknowledgement of "
        "receipt or the receipt); the three months of CPP 85 run from it. police: the date the "
        "complaint was made at the police or gendarmerie (it starts nothing by itself). Not "
        "in the future.")),
    copy_received_on=Date(past=True, description=(
        "police only: the date the procureur received a copy of that complaint, sent by "
        "registered letter with acknowledgement of receipt or handed in against a receipt "
        "(the date on the acknowledgement or the receipt); the three months run from it. "
        "Without it and without refusal_date: 422 copy_needed, explaining how to send the "
        "copy. Not before first_complaint_date.")),
    refusal_date=Date(past=True, description=(
        "Date of the prosecutor's decision not to prosecute, if any (not before the first "
        "complaint): the letter is then admissible from it."))),
    name="PartieCivileLetterInput", rules=(*COMPLAINT.rules, _pc_dates_in_order),
    description="The complaint input plus where and when the first complaint was made, which "
                "make the plainte avec constitution de partie civile admissible (CPP 85: three "
                "months, from the law data, after the procureur received the complaint or a "
                "copy of it, counted as CPP 801 says; or the procureur's decision not to "
                "prosecute). A letter dated before that gives 422 too_early with "
                "first_admissible_date.")


@dataclass(frozen=True)
class Prepared:
    """A checked body and what the letter needs beyond it."""

    data: dict
    offences: list[dict]
    tribunal: dict | None
    admission: Admission | None = None


def cpp85_months(today: date) -> int:
    """The delay after the first complaint, from the law data (never typed here)."""
    return int(cpp85(today)["months"])


def available_from(first: date, refusal: date | None, today: date,
                   route: str = "procureur", copy_received: date | None = None,
                   court: str | None = None) -> date | None:
    """The first day the partie civile letter can be dated (None: nothing started the
    period yet, a complaint made at the police with no copy received by the procureur)."""
    found = admission(route, first, copy_received, refusal, today, court)
    return found.available if found else None


def _admission(data: dict, today: date, tribunal: dict | None,
               found: Problems) -> Admission | None:
    """When the letter is admissible; its problems (too early, no copy) go to `found`."""
    if any(found.at(name) for name in (*PC_DATES, "signed_on")):
        return None
    route = data["first_complaint_to"]
    if route == "procureur" and data["copy_received_on"]:
        found.items.append(dated_problem("copy_received_on", "err_copy_for_police"))
        return None
    signed = data["signed_on"]
    result = admission(route, data["first_complaint_date"], data["copy_received_on"],
                       data["refusal_date"], today, parts.court_name(data, tribunal) or None,
                       on=signed or today)
    if result is None:
        found.items.append(dated_problem("copy_received_on", "err_copy_needed"))
        return None
    start_field = {"refusal": "refusal_date", "procureur": "first_complaint_date",
                   "police": "copy_received_on"}[result.route]
    found.items += admissibility_errors(result, signed or today,
                                        "signed_on" if signed else start_field)
    return result


def _after_decision(data: dict, today: date, found: Problems) -> None:
    """The appeal contests a decision: not dated before it."""
    if not any(found.at(name) for name in ("decision_date", "signed_on")):
        found.items += dating_errors(data, today)


# Per declaration: the fields it adds to the complaint body (their problems do not stop the
# complaint's own checks) and the check of the dates the letter states.
_OWN = {PARTIE_CIVILE.name: (PC_DATES, None), PG_APPEAL.name: (PG_FIELDS, _after_decision)}


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
    tribunal, named, admitted = None, [], None
    if complaint_ok:  # the deeper checks need a sound complaint body
        if lang:
            data["letter_lang"] = lang
        named = from_qualification(data["qualification"], data["letter_lang"], today, found)
        future = [problem(f"facts[{i}].date", "future_date")
                  for i, fact in enumerate(data["facts"]) if fact["date"] and fact["date"] > today]
        found.items += future or signing_errors(data, today)
        tribunal = court_for(data, found.items)
    if declaration is PARTIE_CIVILE:  # the court decides which holidays CPP 801 counts
        admitted = _admission(data, today, tribunal, found)
    if found.items:
        raise LetterInputError(found.items)
    return Prepared(data, named, tribunal, admitted)


def _build_complaint(p: Prepared, today: date) -> Letter:
    return build_complaint(p.data, p.offences, p.tribunal, today)


def _build_partie_civile(p: Prepared, today: date) -> Letter:
    return build_partie_civile(p.data, p.offences, p.tribunal, p.admission, today)


def _build_pg_appeal(p: Prepared, today: date) -> Letter:
    return build_pg_appeal(p.data, p.offences, p.tribunal, today)


KINDS = (
    DocumentKind(
        id="complaint", summary="The complaint to the procureur de la République",
        body=COMPLAINT, prepare=lambda body, today, lang: prepare(COMPLAINT, body, today, lang),
        build=_build_complaint, reading_copy=True,
        file_names={"fr": "plainte-procureur", "en": "complaint-reading-copy"},
        reader_names={"fr": "plainte-procureur", "en": "complaint-to-the-prosecutor"}),
    DocumentKind(
        id="partie_civile",
        summary="The plainte avec constitution de partie civile (CPP 85)",
        body=PARTIE_CIVILE,
        prepare=lambda body, today, lang: prepare(PARTIE_CIVILE, body, today, lang),
        build=_build_partie_civile, reading_copy=True,
        file_names={"fr": "plainte-partie-civile", "en": "partie-civile-reading-copy"},
        reader_names={"fr": "plainte-partie-civile", "en": "complaint-partie-civile"}),
    DocumentKind(
        id="pg_appeal",
        summary="The appeal to the procureur général against a classement sans suite "
                "(CPP 40-3)",
        body=PG_APPEAL,
        prepare=lambda body, today, lang: prepare(PG_APPEAL, body, today, lang),
        build=_build_pg_appeal, reading_copy=True,
        file_names={"fr": "recours-procureur-general", "en": "pg-appeal-reading-copy"},
        reader_names={"fr": "recours-procureur-general",
                      "en": "appeal-to-the-procureur-general"}),
)
