"""The written complaint to the procureur de la République (plainte simple, by letter).

Contents follow the reference material: identity and contact, the facts in date order with exact
addresses, the author or "contre X", the harm, the exhibits, and optionally the declaration of
constitution de partie civile. The offences are named by article and title only.
"""

from __future__ import annotations

from datetime import date

from . import circumstances, parts
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


def subject(offences: list[dict], lang: str) -> str:
    """" pour <title> (article …) et <title> (article …)": the offences the letter names, each
    article once (an offence may be listed twice, for acts under two versions of the law)."""
    seen, named = set(), []
    for o in offences:
        if o["article"] in seen:
            continue
        seen.add(o["article"])
        named.append(t(lang, "subject_offence", title=o["title"][0].lower() + o["title"][1:],
                       article=o["article"], code=parts.code_name(o, lang)))
    if not named:
        return ""
    joined = named[0] if len(named) == 1 else (
        ", ".join(named[:-1]) + t(lang, "subject_and") + named[-1])
    return t(lang, "subject_for", offences=joined)


def requests(data: dict, lang: str) -> tuple[str, ...]:
    """What the complaint asks: identify the account holders through the platforms, have their
    data preserved and the content removed; the writer is available to be heard."""
    platforms = sorted({f["platform"] for f in data["facts"] if f.get("platform")})
    accounts = sorted({*(data["author"].get("accounts") or ()),
                       *(f["account"] for f in data["facts"] if f.get("account"))})
    where = t(lang, "req_platforms_named", platforms=", ".join(platforms)) if platforms else ""
    found = [t(lang, "req_identify", where=where,
               accounts=t(lang, "req_accounts_named", accounts=parts.SEMICOLON[lang].join(
                   accounts)) if accounts else "")]
    found.append(t(lang, "req_remove"))
    found.append(t(lang, "req_heard_rep" if data.get("representative") else "req_heard_self",
                   victim=parts.full_name(data["victim"])))
    return tuple(found)


def build_complaint(data: dict, offences: list[dict], tribunal: dict | None,
                    today: date) -> Letter:
    """Build the complaint in `data["letter_lang"]` from validated data (see schema.validate).
    Raises LetterInputError when its date cannot be right (signing_errors)."""
    problems = signing_errors(data, today)
    if problems:
        raise LetterInputError(problems)
    lang = data.get("letter_lang") or "fr"
    object_line = parts.object_line(data, lang, "object_complaint_named", "object_complaint_x")
    object_line += subject(offences, lang)
    if data.get("partie_civile"):
        object_line += t(lang, "and_pc")

    asked = [*requests(data, lang), t(lang, "inform")]
    if data.get("partie_civile"):
        asked.append(parts.partie_civile_line(data, lang))

    sections = tuple(s for s in (
        parts.facts_section(data, lang),
        circumstances.section(data, offences, today),
        parts.author_section(data, lang),
        parts.witnesses_section(data, lang),
        parts.offences_section(offences, lang),
        parts.harm_section(data, lang),
        Section(t(lang, "h_requests"), (), tuple(asked)),
    ) if s is not None)
    return parts.justice_letter(
        "complaint", data, today, title=t(lang, "complaint_title"),
        addressee=parts.addressee_block("procureur", data, tribunal, lang, pres=True),
        object_line=object_line, salutation=t(lang, "salutation_procureur"),
        opening=parts.intro(data, lang, "intro_self", "intro_rep"), sections=sections,
        exhibits=parts.exhibit_table([], data, lang), closing=t(lang, "closing_procureur"),
        notes=(t(lang, "note_model"), t(lang, "note_send_complaint")))
