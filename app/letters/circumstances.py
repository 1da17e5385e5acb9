"""The circumstances a complaint states because the qualification found them relevant: who the
author is to the person (a partner or former partner, someone of the pupil's school), the age the
content shows when it is a minor's, how a threat was made, and the first and latest acts of
facts spread over time. No Flask.

Why only where relevant: the letter names the offences the qualification engine found; a fact
that decides one of them (the partner aggravation, 222-33-2-1, 222-33-2-3, 227-23, 312-10's
channel, the acts' dates for the time limits) is what the procureur needs to read, stated once,
in the person's words and never beyond what was answered.
"""

from __future__ import annotations

from datetime import date

from app.qualify import QualifyInputError, parse_facts

from .model import Section
from .wording import long_date, t

PARTNER_ARTICLES = {"222-33-2-1"}
SCHOOL_ARTICLES = {"222-33-2-3"}
MINOR_ARTICLES = {"227-23", "227-23-1", "227-22-2"}
THREAT_ARTICLES = {"312-10", "222-33", "227-22-2"}


def _facts(data: dict, today: date):
    qualification = data.get("qualification") or {}
    if not qualification:
        return None
    try:
        return parse_facts({"lang": data.get("letter_lang") or "fr", **qualification}, today)
    except QualifyInputError:
        return None


def _found(offences: list[dict]) -> tuple[set[str], set[str]]:
    articles = {o["article"] for o in offences}
    keys = {a.get("key") for o in offences for a in o.get("aggravations") or ()}
    return articles, keys


def lines(data: dict, offences: list[dict], today: date) -> list[str]:
    """The sentences, in the letter's language, about the relevant circumstances."""
    facts = _facts(data, today)
    if facts is None or not offences:
        return []
    lang = data.get("letter_lang") or "fr"
    rep = bool(data.get("representative"))
    who = "rep" if rep else "self"
    victim = " ".join((data["victim"]["first_name"], data["victim"]["last_name"].upper()))
    articles, keys = _found(offences)
    out = []
    kind = facts.partner_kind
    if kind and (articles & PARTNER_ARTICLES or "partner" in keys):
        out.append(t(lang, f"circ_{kind}_{who}", victim=victim))
    if facts.same_school and articles & SCHOOL_ARTICLES:
        out.append(t(lang, f"circ_school_{who}", victim=victim))
    age = facts.content_age
    if facts.content_type != "none" and facts.age_shown_in_content is not None and \
            age is not None and age < 18 and articles & MINOR_ARTICLES:
        out.append(t(lang, f"circ_age_{who}", victim=victim, age=str(age)))
    channel = facts.channel
    if channel in ("public_online", "private_messages", "offline") and articles & THREAT_ARTICLES:
        out.append(t(lang, f"circ_threat_{channel}"))
    first = facts.first_facts_date
    if first is not None and first < facts.facts_date:
        out.append(t(lang, "circ_spread", first=long_date(first, lang),
                     last=long_date(facts.facts_date, lang)))
    return out


def section(data: dict, offences: list[dict], today: date) -> Section | None:
    found = lines(data, offences, today)
    lang = data.get("letter_lang") or "fr"
    return Section(t(lang, "h_circumstances"), tuple(found)) if found else None
