"""The appeal to the procureur général against a classement sans suite (CPP 40-3).

Built from the complaint's own body (app/letters/schema.py) plus the decision it appeals
against: its date and reference, the reason the notice gives, and the complaint's date. What the
article allows is read from the law data (app/law/data/cpp-40-3.yaml): who may appeal, to whom,
what the procureur général may do, and that the text sets no time limit nor any form; the letter
asks only for what the article lets the procureur général do.

The appeal goes to the procureur général of the cour d'appel the deciding court belongs to. The
court data held (app/services/courts.py) know the tribunaux judiciaires, not their cour d'appel:
the body may name it (`cour_appel`), otherwise the letter leaves it blank and its notes say how
to fill it in. No Flask.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

from app.law import get_registry

from . import parts
from .declare import LINE_MAX, NAME_MAX, TEXT_MAX, Date, Problems, Text, described
from .model import Letter, Section
from .partie_civile import problem
from .schema import COMPLAINT
from .wording import long_date, t

RULE = "cpp-40-3"
OWN_FIELDS = ("complaint_date", "decision_date", "decision_reference", "decision_reason",
              "cour_appel", "grounds")


def _decision_after_complaint(data: dict, path: str, found: Problems) -> None:
    complaint, decision = data["complaint_date"], data["decision_date"]
    if complaint and decision and decision < complaint:
        found.add("decision_date", "before_complaint")


PG_APPEAL = replace(COMPLAINT.with_fields(
    tribunal=described(COMPLAINT.fields["tribunal"], (
        "The court whose procureur de la République took the decision, when it is not the one "
        "the victim's address gives (CPP 43 also makes competent the court of the place of the "
        "offence or of the author's residence): the official name or the town alone; 422 "
        "unknown_tribunal otherwise.")),
    partie_civile=described(COMPLAINT.fields["partie_civile"],
                            "From the complaint body: accepted, not used by this letter."),
    complaint_date=Date(required=True, past=True, description=(
        "Date of the complaint the decision followed (made to the procureur, or to the police "
        "or gendarmerie), not in the future.")),
    decision_date=Date(required=True, past=True, description=(
        "Date of the notice of the classement sans suite, not in the future and not before "
        "complaint_date (422 before_complaint). The letter cannot be dated before it (422 "
        "before_decision on signed_on).")),
    decision_reference=Text(limit=NAME_MAX, required=True, description=(
        "The decision's reference as the notice gives it (numéro de parquet or de "
        "procédure).")),
    decision_reason=Text(limit=LINE_MAX, description=(
        "The reason the notice gives for the decision (CPP 40-2), as written in it.")),
    cour_appel=Text(limit=NAME_MAX, description=(
        "The cour d'appel the deciding court belongs to, whose procureur général receives the "
        "appeal: its name (\"Cour d'appel de Paris\") or its town (\"Paris\"). The site's "
        "court data do not give it: when absent, the letter leaves it blank and says how to "
        "find it.")),
    grounds=Text(limit=TEXT_MAX, multiline=True, description=(
        "Why the decision should be reviewed, in the person's own words (new facts, new "
        "evidence, the reason given…).")),
    signed_on=Date(description=(
        "Date of the appeal; today when absent. Not before the latest fact (422 before_facts) "
        "nor before decision_date (422 before_decision), nor more than a year after today "
        "(422 far_ahead)."))),
    name="PgAppealLetterInput", rules=(*COMPLAINT.rules, _decision_after_complaint),
    description="The complaint input plus the decision it appeals against: the appeal to the "
                "procureur général against a classement sans suite (CPP 40-3; what the "
                "article allows comes from the law data).")


def dating_errors(data: dict, today: date) -> list[dict]:
    """The appeal contests a decision: it is not dated before it (empty: no problem)."""
    signed, decision = data.get("signed_on") or today, data.get("decision_date")
    if decision is not None and signed < decision:
        return [problem("signed_on", "err_before_decision", letter=signed, date=decision)]
    return []


def _article(today: date):
    """The article's version in force on `today`, as the law data hold it."""
    rule = get_registry().offence(RULE)
    return rule, rule.version_at(today) or rule.versions[-1]


def _elided(town: str) -> str:
    """"de Paris", "d'Agen": French elides "de" before a vowel."""
    first = unicodedata.normalize("NFD", town[:1])[:1].lower()
    return f"d'{town}" if first in "aeiouy" else f"de {town}"


def cour_appel_name(typed: str) -> str:
    """"Cour d'appel de Lyon" as typed, or built from the town alone; "" when not given."""
    name = " ".join(typed.split())
    lowered = name.lower().replace("\u2019", "'")
    if not name or lowered.startswith("cour d'appel"):
        return name
    if lowered.startswith("ca "):
        name = name[3:].strip()
    return f"Cour d'appel {_elided(name)}" if name else ""


def _addressee(data: dict, lang: str) -> tuple[str, ...]:
    name = cour_appel_name(data.get("cour_appel") or "")
    if not name:
        return (t(lang, "pg"), t(lang, "ca_unknown"))
    return (t(lang, "pg"), t(lang, "ca_pres", court=name[0].lower() + name[1:]
                                if lang == "fr" else name))


def _deciding_prosecutor(data: dict, tribunal: dict | None, lang: str) -> str:
    name = parts.court_name(data, tribunal)
    if not name:
        return t(lang, "pg_prosecutor")
    if not name.lower().startswith("tribunal"):
        name = f"tribunal judiciaire de {name}"
    elif lang == "fr":
        name = name[0].lower() + name[1:]
    return t(lang, "pg_prosecutor_at", court=name)


def _decision_section(data: dict, tribunal: dict | None, lang: str) -> Section:
    rep = data.get("representative")
    against = parts.against(data, lang)
    complained = long_date(data["complaint_date"], lang)
    paragraphs = [
        t(lang, "pg_complaint_rep", date=complained, victim=parts.full_name(data["victim"]),
          against=against) if rep else
        t(lang, "pg_complaint", date=complained, against=against),
        t(lang, "pg_decision", date=long_date(data["decision_date"], lang),
          reference=data["decision_reference"],
          prosecutor=_deciding_prosecutor(data, tribunal, lang))]
    if data.get("decision_reason"):
        paragraphs.append(t(lang, "pg_reason", reason=data["decision_reason"]))
    return Section(t(lang, "h_pg_decision"), tuple(paragraphs))


def _notes(data: dict, tribunal: dict | None, lang: str, today: date) -> list[str]:
    rule, version = _article(today)
    values = version.values
    notes = [t(lang, "note_model"), t(lang, "note_send_pg")]
    if values.get("time_limit") == "none":
        notes.append(t(lang, "note_pg_no_limit", checked=long_date(rule.checked_on, lang)))
    if {"order_prosecution", "informs_if_unfounded"} <= set(values.get("outcomes", ())):
        notes.append(t(lang, "note_pg_outcomes"))
    if not cour_appel_name(data.get("cour_appel") or ""):
        court = parts.court_name(data, tribunal)
        if court and lang == "fr":
            court = court[0].lower() + court[1:]
        notes.append(t(lang, "note_pg_cour_appel", court=court) if court
                     else t(lang, "note_pg_cour_appel_unknown"))
    notes.append(t(lang, "note_pg_other_routes"))
    return notes


def build_pg_appeal(data: dict, offences: list[dict], tribunal: dict | None,
                    today: date) -> Letter:
    """The appeal in data["letter_lang"] from a checked body (see PG_APPEAL)."""
    lang = data.get("letter_lang") or "fr"
    decided = long_date(data["decision_date"], lang)
    grounds = data.get("grounds") or t(lang, "pg_grounds_none")
    requests = (t(lang, "pg_req_order"), t(lang, "pg_req_inform"))
    sections = (
        _decision_section(data, tribunal, lang),
        Section(t(lang, "h_pg_grounds"), (grounds,)),
        parts.facts_section(data, lang),
        parts.author_section(data, lang),
        parts.offences_section(offences, lang),
        parts.harm_section(data, lang),
        Section(t(lang, "h_requests"), requests),
    )
    exhibits = [t(lang, "exh_pg_decision", date=decided, reference=data["decision_reference"]),
                t(lang, "exh_pg_complaint", date=long_date(data["complaint_date"], lang))]
    return Letter(
        kind="pg_appeal",
        lang=lang,
        title=t(lang, "pg_title"),
        sender=parts.sender_block(data, lang),
        addressee=_addressee(data, lang),
        place_date=parts.place_date(data, today, lang),
        object_line=t(lang, "object_pg", date=decided, reference=data["decision_reference"]),
        salutation=t(lang, "salutation_pg"),
        opening=(parts.intro(data, lang, "intro_pg_self", "intro_pg_rep"),),
        sections=sections,
        exhibits=parts.exhibit_table(exhibits, data, lang),
        closing=t(lang, "closing_pg"),
        signature=parts.signature_block(data, lang),
        notice=parts.notice(lang),
        sending_mode=t(lang, "sending_mode"),
        disclaimer_heading=t(lang, "h_notes"),
        disclaimer=tuple(_notes(data, tribunal, lang, today)),
    )
