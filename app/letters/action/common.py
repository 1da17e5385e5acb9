"""Pieces every action letter shares: who writes (or an anonymous notifier), the exact URLs, why
the content is illegal, the dated deadline lines and the Letter itself. Built on app.letters.parts
so the facts, exhibits, sender and signature read exactly as in the complaint."""

from __future__ import annotations

from datetime import date

from app.letters import parts
from app.letters.model import Letter, Section
from app.letters.wording import seen_at

from .deadlines import deadline, due_date
from .wording import duration, long_date, of_duration, t

SEMICOLON = {"fr": "\u00a0; ", "en": "; "}


def subject(data: dict, lang: str) -> str:
    """The person shown, by name; when a parent writes for their child, "ma fille X", "mon
    fils X" or "l'enfant X" ("my daughter X"…), as the representative said."""
    victim, rep = data.get("victim"), data.get("representative")
    if not victim:
        return ""
    if rep and rep.get("relation"):
        return t(lang, f"rel_{rep['relation']}", name=parts.full_name(victim))
    return parts.full_name(victim)


def writer(data: dict, lang: str) -> str:
    """"Je soussigné(e) X" (or the representative acting for X)."""
    victim, rep = data.get("victim"), data.get("representative")
    if rep:
        return t(lang, "writer_rep", name=parts.full_name(rep), role=rep["role"],
                 victim=subject(data, lang))
    if victim:
        return t(lang, "writer_self", name=parts.full_name(victim))
    return t(lang, "writer_anonymous")


def place_line(place: dict, data: dict, lang: str) -> str:
    """Content with no web address: the app, group or conversation, account, when it was seen
    and when it was reported in the app, as one line."""
    pieces = [place.get("app") or data.get("platform_name") or ""]
    if place.get("conversation"):
        pieces.append(t(lang, "place_conversation", name=place["conversation"]))
    if place.get("account"):
        pieces.append(t(lang, "place_account", account=place["account"]))
    if place.get("seen_at"):
        pieces.append(t(lang, "place_seen", when=seen_at(place["seen_at"], lang)))
    if place.get("reported_on"):
        pieces.append(t(lang, "place_reported", date=long_date(place["reported_on"], lang)))
    return SEMICOLON[lang].join(p for p in pieces if p)


def sender(data: dict, lang: str) -> tuple[str, ...]:
    return parts.sender_block(data, lang) if data.get("victim") else (t(lang, "anonymous"),)


def signature(data: dict, lang: str) -> tuple[str, ...]:
    return parts.signature_block(data, lang) if data.get("victim") else ()


def urls_section(data: dict, lang: str, heading: str = "h_urls") -> Section:
    """The exact addresses and, for content without one, where it is in the app."""
    places = tuple(place_line(p, data, lang) for p in data.get("target_places") or ())
    if not places:
        return Section(t(lang, heading), (), tuple(data["target_urls"]), numbered=True)
    return Section(t(lang, "h_places"), (t(lang, "places_intro"),),
                   (*data["target_urls"], *places), numbered=True)


def reasons_section(data: dict, lang: str, intro: str = "reasons_intro",
                    lead: tuple[str, ...] = ()) -> Section | None:
    """Articles and titles (from the law data) and the user's own explanation, if any."""
    items = tuple(t(lang, "offence_line", article=o["article"], title=o["title"],
                    code=t(lang, o["code"]) if o["code"] in ("code_penal",
                                                              "code_procedure_penale")
                    else o["code"]) for o in data.get("offences") or [])
    paragraphs = lead + ((t(lang, intro),) if items else ())
    after = (data["explanation"],) if data.get("explanation") else ()
    if not (paragraphs or after):
        return None
    return Section(t(lang, "h_reasons"), paragraphs, items, after=after)


def facts_section(data: dict, lang: str) -> Section | None:
    return parts.facts_section(data, lang) if data.get("facts") else None


def dated(key: str, start: date, lang: str) -> dict:
    """Values for a sentence about a deadline: its duration in words, its rule and its date."""
    d = deadline(key)
    return {"duration": duration(d.amount, d.unit, lang),
            "of_duration": of_duration(d.amount, d.unit, lang),
            "rule": d.rule[lang], "date": long_date(due_date(start, key), lang)}


def source_note(key: str, lang: str) -> str:
    d = deadline(key)
    return t(lang, "note_source", rule=d.rule[lang], source=d.source)


def sent_on(data: dict, today: date) -> date:
    """The letter's date: the day it is signed, today when not given."""
    return data.get("signed_on") or today


def letter(kind: str, data: dict, today: date, *, addressee: tuple[str, ...],
           object_line: str, opening: tuple[str, ...], sections: list, notes: list[str],
           extra_exhibits: list[str] = (), sending_mode: str = "",
           signature_lines: tuple[str, ...] | None = None,
           notice: tuple[str, ...] = ()) -> Letter:
    """Assemble a Letter; sections that are None (nothing to say) are left out. The signature
    is the writer's name and a line to sign unless `signature_lines` are given; `notice` is
    shown before the letter (a reading copy says so)."""
    lang = data["letter_lang"]
    return Letter(
        kind=kind, lang=lang, title=t(lang, f"title_{kind}"),
        sender=sender(data, lang), addressee=addressee,
        place_date=parts.place_date(data, today, lang), object_line=object_line,
        salutation=t(lang, "salutation"), opening=opening,
        sections=tuple(s for s in sections if s is not None),
        exhibits=parts.exhibit_table(list(extra_exhibits), data, lang),
        closing=t(lang, "closing"),
        signature=signature(data, lang) if signature_lines is None else signature_lines,
        notice=notice, sending_mode=sending_mode, disclaimer_heading=t(lang, "h_notes"),
        disclaimer=(t(lang, "note_model"), *notes, t(lang, "note_keep")),
    )
