"""Which articles the facts point to, and which they rule out: the reference's reasoning as code.

This module only names articles, circumstance keys and text keys. Penalties, titles, dates and
whether an article was in force come from the law registry, asked through `LawView`.
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
    """An article the facts may fall under, with the circumstances the facts establish."""

    article: str
    circumstances: frozenset[str] = frozenset()
    notes: tuple[Note, ...] = ()
    conduct: str | None = None  # for articles that punish several conducts (227-23)


@dataclass(frozen=True)
class Excluded:
    """An article a reader might expect, and why it does not apply to these facts."""

    article: str
    reason: Note


@dataclass
class Findings:
    candidates: list[Candidate] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)

    def add(self, article: str, keys=(), notes=(), conduct: str | None = None) -> None:
        self.candidates.append(Candidate(article, frozenset(keys), tuple(notes), conduct))

    def exclude(self, article: str, reason: str, **values) -> None:
        self.excluded.append(Excluded(article, Note(reason, values)))


def find(facts: Facts, law: LawView) -> Findings:
    """Apply every rule family to the facts."""
    found = Findings()
    if facts.content_type in ("sexual_deepfake", "deepfake"):
        _fakes(facts, law, found)
    if facts.content_type == "real_intimate":
        _real_images(facts, found)
    _minors(facts, found)
    _threats(facts, law, found)
    _identity_and_harassment(facts, found)
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
    if facts.minor:
        return "not_shared"
    return "not_shared_sexual" if facts.victim_age is not None else "not_shared_sexual_unknown_age"


def _real_images(facts: Facts, found: Findings) -> None:
    """226-1 / 226-2 / 226-2-1; partner aggravation only where 226-1 has it."""
    if facts.how_obtained == "captured_without_consent":
        found.add("226-1", {"partner"} if facts.author_is_partner else set(),
                  [Note("sexual_capture")])
        found.add("226-2", (), [Note("partner_unsettled")] if facts.author_is_partner else [])
        found.add("226-2-1")
    elif facts.shared:
        found.add("226-2-1")
    else:
        found.exclude("226-2-1", "not_shared")


def _minors(facts: Facts, found: Findings) -> None:
    """227-23 for any sexual image or representation of a minor; 227-23-1 for soliciting."""
    if facts.minor and facts.sexual:
        notes = [Note("minor_pornographic")]
        if facts.content_type == "sexual_deepfake":
            notes.append(Note("minor_generated"))
        found.add("227-23", _online(facts), notes, "disseminating" if facts.shared else None)
    if facts.minor and (facts.solicited_images_from_minor or facts.threat == "sexual_content"):
        found.add("227-23-1", {"minor_under_15"} if facts.under_15 else set(),
                  [Note("adult_author")])


def _threats(facts: Facts, law: LawView, found: Findings) -> None:
    """312-10 blackmail. Its aggravations are counted only when the facts establish them:
    al. 3 needs an online public communication service (public posting, as for 226-8-1), and
    312-11 a threat carried out, which only the answer `threat_carried_out` establishes: sharing
    alone does not show it (it may predate the threat). Otherwise a note says the penalty may be
    higher and why it is not counted. A threat said to be carried out while nothing was shared
    is taken as said (the threat may have been to reveal something else); a note explains."""
    if facts.threat == "none":
        return
    keys: set[str] = set()
    notes = []
    sexual = facts.sexual or facts.threat == "sexual_content"
    if sexual and law.has_aggravation("312-10", "online_public"):
        if facts.public:
            keys.add("online_public")
            notes.append(Note("blackmail_online"))
        else:
            notes.append(Note("blackmail_online_possible"))
    if law.has_aggravation("312-10", "threat_executed"):
        if facts.threat_carried_out:
            keys.add("threat_executed")
            notes.append(Note("threat_executed" if facts.shared else "threat_executed_unshared"))
        elif facts.shared:
            notes.append(Note("threat_executed_possible"))
    found.add("312-10", keys, notes)


def _identity_and_harassment(facts: Facts, found: Findings) -> None:
    """226-4-1 impersonation; 222-33-2-2 pile-ons; 222-33 when the acts are sexual."""
    if facts.impersonation:
        found.add("226-4-1", {"partner"} if facts.author_is_partner else set())
    if not facts.repeated_or_group:
        return
    digital = facts.shared or facts.threat != "none" or facts.impersonation
    medium = _online(facts) or ({"digital_medium"} if digital else set())
    found.add("222-33-2-2", medium | ({"minor_victim"} if facts.minor else set()))
    if (facts.sexual and facts.shared) or facts.threat == "sexual_content":
        found.add("222-33", medium | ({"minor_under_15"} if facts.under_15 else set()),
                  [Note("sexual_connotation")])
