"""Rules that turn on who acted: a (former) partner, someone of the victim's school, several
people, and the repetition that makes harassment.

Partner aggravation (Code pénal 132-80): it raises a penalty only where the offence's own article
provides for it (the law data says which: an aggravation keyed `partner`); for a former spouse,
cohabitant or PACS partner, only when the offence was committed because of the former
relationship, which the answers cannot establish, so a note states the condition. Harassment by a
partner or former partner is its own offence (222-33-2-1, former partners without condition); by
someone of the same school against a pupil, 222-33-2-3; otherwise 222-33-2-2, which also covers
a pile-on by several people. Merely receiving the content is not joining in.
"""

from __future__ import annotations

from .facts import Facts
from .rules import Findings, LawView, Note


def partner_circumstances(facts: Facts, law: LawView, article: str) -> tuple[set, list]:
    """The `partner` key where the article provides for it, and the notes that go with it."""
    kind = facts.partner_kind
    if kind is None or not law.has_aggravation(article, "partner"):
        return set(), []
    notes = [Note("partner_definition")]
    if kind in ("former", "either"):
        notes.append(Note("former_partner_condition" if kind == "former"
                          else "former_partner_condition_if"))
    return {"partner"}, notes


def identity(facts: Facts, law: LawView, found: Findings) -> None:
    """226-4-1 impersonation, with its own partner aggravation."""
    if facts.impersonation:
        keys, notes = partner_circumstances(facts, law, "226-4-1")
        found.add("226-4-1", keys, notes)


def harassment(facts: Facts, found: Findings) -> None:
    """222-33-2-1 (partner or former), 222-33-2-3 (same school), 222-33-2-2 (anyone, pile-ons)
    and 222-33 when the repeated acts are sexual."""
    by_author, pile_on = facts.repeated_by_author, facts.pile_on
    digital = facts.shared or facts.impersonation or (
        facts.threat != "none" and facts.channel != "offline")
    medium = ({"online_public"} if facts.public or facts.channel == "public_online"
              else {"digital_medium"} if digital else set())
    effect = Note("harassment_effect")
    if by_author and facts.partner_kind:
        notes = [effect, Note("partner_definition")]
        if facts.partner_kind != "partner":
            notes.append(Note("former_partner_covered"))
        if facts.repetition_only_from_old_answer:
            notes.append(Note("repeated_by_partner_condition"))
        found.add("222-33-2-1", (), notes, repeated=True)
    elif by_author and facts.same_school:
        found.add("222-33-2-3", (), [effect, Note("school_pupil")], repeated=True)
    if (by_author and not facts.partner_kind and not facts.same_school) or pile_on:
        notes = [effect]
        if pile_on and (facts.partner_kind or facts.same_school) and by_author:
            notes.append(Note("pile_on_others"))
        found.add("222-33-2-2", medium | ({"minor_victim"} if facts.minor else set()), notes,
                  repeated=True)
    elif facts.others_joined == "only_received":
        found.exclude("222-33-2-2", "only_received")
    sexual = (facts.sexual and facts.shared) or facts.threat == "sexual_content"
    if (by_author or pile_on) and sexual and not found.has("222-33"):
        keys = medium | ({"minor_under_15"} if facts.under_15 else set())
        if facts.others_joined == "sent_on_or_attacked":
            keys.add("several_authors")
        found.add("222-33", keys, [Note("sexual_connotation")], repeated=True)
