"""The plainte avec constitution de partie civile to the doyen des juges d'instruction (CPP 85).

It becomes admissible once the procureur has said he will not prosecute, or once a period (three
months in the law data, passed in as `months`) has run since the first complaint. The letter
states which condition is met, so it is never built dated before that condition holds: it would
assert something false. It says from which date it can be filed, and mentions the deposit
(consignation, CPP 88) and legal aid.
"""

from __future__ import annotations

import calendar
from datetime import date

from . import parts
from .declare import LetterInputError
from .model import Letter, Section
from .wording import long_date, t


def add_months(start: date, months: int) -> date:
    """Same day `months` later; the month's last day when that day does not exist."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def filing_date(first_complaint_date: date, refusal_date: date | None, months: int) -> date:
    """First day the complaint is admissible: after the refusal, or `months` after the first
    complaint, whichever comes first."""
    after_delay = add_months(first_complaint_date, months)
    if refusal_date is not None:
        return min(refusal_date, after_delay)
    return after_delay


def problem(field: str, key: str, **dates: date | str) -> dict:
    """One error of a letter's dates, with its message in both languages (dates in words)."""
    message = {lang: t(lang, key, **{k: long_date(v, lang) if isinstance(v, date) else v
                                     for k, v in dates.items()})
               for lang in ("fr", "en")}
    return {"field": field, "code": key.removeprefix("err_"), "message": message}


def admissibility_errors(first_complaint_date: date, refusal_date: date | None,
                         letter_date: date, months: int, field: str = "signed_on") -> list[dict]:
    """Why a letter dated `letter_date` would state a condition not yet met (empty: none).
    `field` is where the problem is reported: the signing date, or the first complaint's date
    when the letter is dated today."""
    if refusal_date is not None:
        if letter_date < refusal_date:
            return [problem(field, "err_before_refusal", letter=letter_date, date=refusal_date)]
        return []
    available = add_months(first_complaint_date, months)
    if letter_date < available:
        return [problem(field, "err_too_early", letter=letter_date, date=available,
                         months=str(months))]
    return []


def build_partie_civile(data: dict, offences: list[dict], tribunal: dict | None,
                        first_complaint_date: date, refusal_date: date | None, today: date,
                        months: int = 3) -> Letter:
    """Build the letter from validated data; `months` comes from the law data (CPP 85).
    Raises LetterInputError when the letter's date comes before the condition it states."""
    problems = admissibility_errors(first_complaint_date, refusal_date,
                                    data.get("signed_on") or today, months)
    if problems:
        raise LetterInputError(problems)
    lang = data.get("letter_lang") or "fr"
    object_line = parts.object_line(data, lang, "object_pc_named", "object_pc_x")

    first = long_date(first_complaint_date, lang)
    if refusal_date is not None:
        admissibility = t(lang, "adm_refusal", date=long_date(refusal_date, lang), first=first)
    else:
        admissibility = t(lang, "adm_delay", first=first, months=str(months))
    available = filing_date(first_complaint_date, refusal_date, months)

    extra = [t(lang, "exh_first_complaint", date=first)]
    if refusal_date is not None:
        extra.append(t(lang, "exh_refusal", date=long_date(refusal_date, lang)))

    sections = (
        Section(t(lang, "h_admissibility"), (admissibility,)),
        parts.facts_section(data, lang),
        parts.author_section(data, lang),
        parts.offences_section(offences, lang),
        parts.harm_section(data, lang),
        Section(t(lang, "h_requests"), (parts.partie_civile_line(data, lang),
                                        t(lang, "inform"))),
        Section(t(lang, "h_deposit"), (t(lang, "deposit"),)),
    )
    notes = [t(lang, "note_model"), t(lang, "note_from", date=long_date(available, lang)),
             t(lang, "note_send_pc"), t(lang, "note_legal_aid")]
    return parts.justice_letter(
        "partie_civile", data, today, title=t(lang, "pc_title"),
        addressee=parts.addressee_block("doyen", data, tribunal, lang, pres=False),
        object_line=object_line, salutation=t(lang, "salutation_doyen"),
        opening=parts.intro(data, lang, "intro_pc_self", "intro_pc_rep"), sections=sections,
        exhibits=parts.exhibit_table(extra, data, lang), closing=t(lang, "closing_doyen"),
        notes=tuple(notes))
