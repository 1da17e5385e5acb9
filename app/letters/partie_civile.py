"""The plainte avec constitution de partie civile to the doyen des juges d'instruction (CPP 85).

It becomes admissible once the procureur has said he will not prosecute, or once three months
(the law data's delay) have passed since the procureur received the complaint, or a copy of a
complaint made at the police or gendarmerie (admissible.py counts them, with CPP 801). The
letter states only the condition met in this case, so it is never built dated before that
condition holds: it would assert something false. It says from which date it can be filed,
and mentions the deposit (consignation, CPP 88) and legal aid.
"""

from __future__ import annotations

from datetime import date

from . import circumstances, parts
from .admissible import Admission, add_months
from .declare import LetterInputError
from .model import Letter, Section
from .wording import long_date, t

__all__ = ["add_months", "admissibility_errors", "build_partie_civile", "problem"]


def problem(field: str, key: str, **dates: date | str) -> dict:
    """One error of a letter's dates, with its message in both languages (dates in words)."""
    message = {lang: t(lang, key, **{k: long_date(v, lang) if isinstance(v, date) else v
                                     for k, v in dates.items()})
               for lang in ("fr", "en")}
    return {"field": field, "code": key.removeprefix("err_"), "message": message}


def too_early(field: str, found: Admission, letter_date: date) -> dict:
    """422 too_early: the first date the letter can bear, in words and as a date."""
    message = {lang: t(lang, "err_too_early", letter=long_date(letter_date, lang),
                       date=long_date(found.available, lang), end=long_date(found.ends, lang),
                       months=str(found.months),
                       since=t(lang, f"since_{found.route}", date=long_date(found.starts, lang)))
               for lang in ("fr", "en")}
    return {"field": field, "code": "too_early", "message": message,
            "first_admissible_date": found.available.isoformat()}


def admissibility_errors(found: Admission, letter_date: date,
                         field: str = "signed_on") -> list[dict]:
    """Why a letter dated `letter_date` would state a condition not yet met (empty: none).
    `field` is where the problem is reported: the signing date, or the date that starts the
    period when the letter is dated today."""
    if letter_date >= found.available:
        return []
    if found.route == "refusal":
        return [problem(field, "err_before_refusal", letter=letter_date, date=found.available)]
    return [too_early(field, found, letter_date)]


def _admissibility(found: Admission, lang: str) -> str:
    first = long_date(found.first, lang)
    if found.route == "refusal":
        return t(lang, "adm_refusal", date=long_date(found.refusal, lang), first=first)
    if found.route == "procureur":
        return t(lang, "adm_procureur", first=first, months=str(found.months))
    return t(lang, "adm_police", first=first, copy=long_date(found.copy_received, lang),
             months=str(found.months))


def _exhibits(found: Admission, lang: str) -> list[str]:
    first = long_date(found.first, lang)
    if found.made_at == "procureur":
        extra = [t(lang, "exh_first_complaint", date=first)]
    else:
        extra = [t(lang, "exh_police_complaint", date=first)]
        if found.copy_received:
            extra.append(t(lang, "exh_copy_received",
                           date=long_date(found.copy_received, lang)))
    if found.refusal is not None:
        extra.append(t(lang, "exh_refusal", date=long_date(found.refusal, lang)))
    return extra


def _when_note(found: Admission, lang: str) -> str:
    available = long_date(found.available, lang)
    if found.route == "refusal":
        return t(lang, "note_from_refusal", date=available)
    return t(lang, "note_from", date=available, months=str(found.months),
             since=t(lang, f"since_{found.route}", date=long_date(found.starts, lang)),
             end=long_date(found.ends, lang))


def build_partie_civile(data: dict, offences: list[dict], tribunal: dict | None,
                        found: Admission, today: date) -> Letter:
    """Build the letter from validated data and its admissibility (admissible.admission).
    Raises LetterInputError when the letter's date comes before the condition it states."""
    problems = admissibility_errors(found, data.get("signed_on") or today)
    if problems:
        raise LetterInputError(problems)
    lang = data.get("letter_lang") or "fr"
    object_line = parts.object_line(data, lang, "object_pc_named", "object_pc_x")
    sections = tuple(s for s in (
        Section(t(lang, "h_admissibility"), (_admissibility(found, lang),)),
        parts.facts_section(data, lang),
        circumstances.section(data, offences, today),
        parts.author_section(data, lang),
        parts.witnesses_section(data, lang),
        parts.offences_section(offences, lang),
        parts.harm_section(data, lang),
        Section(t(lang, "h_requests"), (parts.partie_civile_line(data, lang),
                                        t(lang, "inform"))),
        Section(t(lang, "h_deposit"), (t(lang, "deposit"),)),
    ) if s is not None)
    notes = [t(lang, "note_model"), _when_note(found, lang), t(lang, "note_send_pc"),
             t(lang, "note_legal_aid")]
    return parts.justice_letter(
        "partie_civile", data, today, title=t(lang, "pc_title"),
        addressee=parts.addressee_block("doyen", data, tribunal, lang, pres=False),
        object_line=object_line, salutation=t(lang, "salutation_doyen"),
        opening=parts.intro(data, lang, "intro_pc_self", "intro_pc_rep"), sections=sections,
        exhibits=parts.exhibit_table(_exhibits(found, lang), data, lang),
        closing=t(lang, "closing_doyen"), notes=tuple(notes))
