"""Which articles the facts point to, and which they rule out: the reference's reasoning as code.

This module only names articles, circumstance keys and text keys. Penalties, titles, dates and
whether an article was in force come from the law registry, asked through `LawView`. Harassment
and the partner rules are in rules_people.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from .facts import Facts


class LawView(Protocol):
    """What the rules may ask the law data about the date of the facts."""

    def applies(self, article: str) -> bool: ...  # a version covers the date (held or not)
    def has_aggravation(self, article: str, key: str) -> bool: ...
    def later_start(self, article: str) -> date | None: ...  # next version after the date


@dataclass(frozen=True)
class Note:
    key: str
    values: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Candidate:
    """An article the facts may fall under, with the circumstances the facts establish.
    `repeated` marks an offence made of repeated acts (harassment), whose time limit runs from
    the last act; every other offence is committed by each act."""

    article: str
    circumstances: frozenset[str] = frozenset()
    notes: tuple[Note, ...] = ()
    conduct: str | None = None  # for articles that punish several conducts (227-23)
    repeated: bool = False


@dataclass(frozen=True)
class Excluded:
    """An article a reader might expect, and why it does not apply to these facts."""

    article: str
    reason: Note


@dataclass
class Findings:
    candidates: list[Candidate] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)

    def add(self, article: str, keys=(), notes=(), conduct: str | None = None,
            repeated: bool = False) -> None:
        self.candidates.append(Candidate(article, frozenset(keys), tuple(notes), conduct,
                                         repeated))

    def exclude(self, article: str, reason: str, **values) -> None:
        self.excluded.append(Excluded(article, Note(reason, values)))

    def has(self, article: str) -> bool:
        return any(c.article == article for c in self.candidates)


def find(facts: Facts, law: LawView) -> Findings:
    """Apply every rule family to the facts."""
    from .rules_people import harassment, identity

    found = Findings()
    if facts.content_type in ("sexual_deepfake", "deepfake"):
        _fakes(facts, law, found)
    if facts.content_type == "real_intimate":
        _real_images(facts, law, found)
    _minors(facts, found)
    _threats(facts, law, found)
    _sexual_act(facts, found)
    identity(facts, law, found)
    harassment(facts, found)
    return found


def _online(facts: Facts) -> set[str]:
    return {"online_public"} if facts.public else set()


def _private_note(facts: Facts, law: LawView, article: str) -> list[Note]:
    """Sent privately: say why the online aggravation is not counted, where the law has one."""
    if facts.distribution == "third_party" and law.has_aggravation(article, "online_public"):
        return [Note("private_sending")]
    return []


def _fakes(facts: Facts, law: LawView, found: Findings) -> None:
    """226-8-1 (sexual, no label defence, since SREN) and 226-8 (label defence; older text)."""
    sexual = facts.content_type == "sexual_deepfake"
    if not facts.shared:
        if sexual:
            found.exclude("226-8-1", _not_shared_sexual(facts))
        else:
            found.exclude("226-8", "not_shared")
        return
    if sexual:
        found.add("226-8-1", _online(facts), _private_note(facts, law, "226-8-1"))
        if law.applies("226-8-1"):
            if facts.labelled_as_fake:
                found.exclude("226-8", "labelled_sexual")
            return
    if facts.labelled_as_fake:
        found.exclude("226-8", "labelled")
        return
    notes = _private_note(facts, law, "226-8")
    later = law.later_start("226-8")
    if later is not None:
        notes.append(Note("old_version", {"next_start": later}))
    found.add("226-8", _online(facts), notes)


def _not_shared_sexual(facts: Facts) -> str:
    if facts.content_minor:
        return "not_shared"
    known = facts.content_age is not None
    return "not_shared_sexual" if known else "not_shared_sexual_unknown_age"


def _real_images(facts: Facts, law: LawView, found: Findings) -> None:
    """226-1 / 226-2 / 226-2-1. A recording made without agreement during a call or exchange
    the person had agreed to is a capture without consent. Partner aggravation: rules_people."""
    from .rules_people import partner_circumstances

    if facts.captured:
        notes = [Note("sexual_capture")]
        if facts.how_obtained == "recorded_during_exchange":
            notes.append(Note("recorded_during_exchange"))
        keys, partner_notes = partner_circumstances(facts, law, "226-1")
        found.add("226-1", keys, notes + partner_notes)
        found.add("226-2", (), [Note("partner_unsettled")] if facts.partner_kind else [])
        found.add("226-2-1", (), [Note("recorded_during_exchange")]
                  if facts.how_obtained == "recorded_during_exchange" else [])
    elif facts.shared:
        found.add("226-2-1")
    else:
        found.exclude("226-2-1", "not_shared")


def _minors(facts: Facts, found: Findings) -> None:
    """227-23 for any sexual image or representation of a minor, judged on the age the content
    shows (or the age when a real image was made), whatever the person's age today; 227-23-1
    for an adult soliciting images from a minor."""
    if facts.sexual and facts.content_minor:
        notes = [Note(_age_band_note(facts))]
        if facts.content_type == "sexual_deepfake":
            notes.append(Note("minor_generated"))
        if not facts.minor and facts.victim_age is not None:
            notes.append(Note("minor_content_adult_now"))
        found.add("227-23", _online(facts), notes, "disseminating" if facts.shared else None)
    if facts.minor and (facts.solicited_images_from_minor or facts.threat == "sexual_content"):
        _adults_only(facts, found, "227-23-1", {"minor_under_15"} if facts.under_15 else set())


def _age_band_note(facts: Facts) -> str:
    age = facts.content_age
    if age is None:
        return "minor_pornographic_age_unknown"
    return "minor_pornographic_under_15" if age < 15 else "minor_pornographic"


def _adults_only(facts: Facts, found: Findings, article: str, keys: set[str],
                 notes: tuple[Note, ...] = ()) -> None:
    """Offences only an adult can commit: ruled out for a minor author, stated as a condition
    when the author's age is not known."""
    if facts.author_minor:
        found.exclude(article, "adult_only")
        return
    extra = () if facts.author_adult_known else (Note("adult_author"),)
    found.add(article, keys, extra + tuple(notes))


def _threats(facts: Facts, law: LawView, found: Findings) -> None:
    """312-10 blackmail. Its aggravations are counted only when the facts establish them:
    al. 3 needs the blackmail to be carried out through an online public communication service
    (a post, comment or public channel, as `threat_channel` says; publishing the content is not
    enough) with sexual images or to obtain them; 312-11 a threat carried out, which only the
    answer `threat_carried_out` establishes: sharing alone does not show it (it may predate the
    threat). Otherwise a note says the penalty may be higher and why it is not counted. A threat
    said to be carried out while nothing was shared is taken as said (the threat may have been
    to reveal something else); a note explains. A sexual act demanded under threat is not among
    what blackmail obtains: see `_sexual_act`."""
    if facts.threat == "none":
        return
    if facts.threat == "sexual_act":
        found.exclude("312-10", "blackmail_not_sexual_act")
        return
    keys: set[str] = set()
    notes = []
    sexual = facts.sexual or facts.threat == "sexual_content"
    if sexual and law.has_aggravation("312-10", "online_public"):
        channel = facts.channel
        if channel == "public_online":
            keys.add("online_public")
            notes.append(Note("blackmail_online"))
        elif channel == "private_messages":
            notes.append(Note("blackmail_private"))
        elif channel == "unknown":
            notes.append(Note("blackmail_online_possible"))
    if law.has_aggravation("312-10", "threat_executed"):
        if facts.threat_carried_out:
            keys.add("threat_executed")
            notes.append(Note("threat_executed" if facts.shared else "threat_executed_unshared"))
        elif facts.shared:
            notes.append(Note("threat_executed_possible"))
    found.add("312-10", keys, notes)


def _sexual_act(facts: Facts, found: Findings) -> None:
    """A sexual act demanded under threat: sexual harassment by serious pressure (222-33 II),
    even once; for a minor targeted by an adult through electronic communication, 227-22-2.
    That an act obtained this way is a sexual assault or a rape is said first (engine notes)."""
    if facts.threat != "sexual_act":
        return
    channel = facts.channel
    keys = {"minor_under_15"} if facts.under_15 else set()
    notes = [Note("sexual_act_pressure"), Note("sexual_act_on_self")]
    if channel == "public_online":
        keys.add("online_public")
    elif channel == "private_messages":
        keys.add("digital_medium")
    elif channel == "unknown":
        notes.append(Note("harassment_digital_possible"))
    if facts.others_joined == "sent_on_or_attacked":
        keys.add("several_authors")
    found.add("222-33", keys, notes)
    if not facts.minor:
        return
    if channel == "offline":
        found.exclude("227-22-2", "electronic_only")
        return
    extra = (Note("electronic_condition"),) if channel == "unknown" else ()
    _adults_only(facts, found, "227-22-2", {"minor_under_15"} if facts.under_15 else set(),
                 extra)
