"""The written complaint to the procureur de la République (plainte simple, by letter).

Contents follow the reference material: identity and contact, the facts in date order with exact
addresses, the author or "contre X", the harm, the exhibits, and optionally the declaration of
constitution de partie civile. The offences are named by article and title only.
"""

from __future__ import annotations

from datetime import date

from . import parts
from .declare import LetterInputError
from .model import Letter, Section
from .partie_civile import add_months, problem
from .wording import t

# How far ahead a letter may be dated (prepared to be signed later): a product rule, not a legal
# delay; further ahead is most likely a mistyped year.
AHEAD_MONTHS = 12


def signing_errors(data: dict, today: date) -> list[dict]:
    """Why the date a letter is signed on (`signed_on`, validated data) cannot be right: before
    the latest fact it describes, or more than AHEAD_MONTHS after today (empty: none)."""
    signed = data.get("signed_on")
    if signed is None:
        return []
    latest = max((f["date"] for f in data.get("facts", ()) if f.get("date")), default=None)
    if latest is not None and signed < latest:
        return [problem("signed_on", "err_before_facts", letter=signed, date=latest)]
    limit = add_months(today, AHEAD_MONTHS)
    if signed > limit:
        return [problem("signed_on", "err_far_ahead", letter=signed, date=limit)]
    return []


def build_complaint(data: dict, offences: list[dict], tribunal: dict | None,
                    today: date) -> Letter:
    """Build the complaint in `data["letter_lang"]` from validated data (see schema.validate).
    Raises LetterInputError when its date cannot be right (signing_errors)."""
    problems = signing_errors(data, today)
    if problems:
        raise LetterInputError(problems)
    lang = data.get("letter_lang") or "fr"
    object_line = parts.object_line(data, lang, "object_complaint_named", "object_complaint_x")
    if data.get("partie_civile"):
        object_line += t(lang, "and_pc")

    requests = [t(lang, "inform")]
    if data.get("partie_civile"):
        requests.append(parts.partie_civile_line(data, lang))

    sections = (
        parts.facts_section(data, lang),
        parts.author_section(data, lang),
        parts.offences_section(offences, lang),
        parts.harm_section(data, lang),
        Section(t(lang, "h_requests"), tuple(requests)),
    )
    return parts.justice_letter(
        "complaint", data, today, title=t(lang, "complaint_title"),
        addressee=parts.addressee_block("procureur", data, tribunal, lang, pres=True),
        object_line=object_line, salutation=t(lang, "salutation_procureur"),
        opening=parts.intro(data, lang, "intro_self", "intro_rep"), sections=sections,
        exhibits=parts.exhibit_table([], data, lang), closing=t(lang, "closing_procureur"),
        notes=(t(lang, "note_model"), t(lang, "note_send_complaint")))
