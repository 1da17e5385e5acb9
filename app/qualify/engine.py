"""Facts + date → offences, maximum penalties, time limits and services, as plain data.

The rules (rules.py, rules_people.py) name articles and circumstances; everything the law says —
penalties, titles, URLs, dates of versions, complaint requirement, time limits — is read here
from the law registry, so a change in app/law/data changes every answer without touching this
code. Acts spread over time (`first_facts_date` before `facts_date`) are assessed under the
version in force at each end: an offence committed by each act gets a second entry for the
first acts when the law then differed (a harsher law is not retroactive, Code pénal 112-1).
"""

from __future__ import annotations

from datetime import date

from app.law import Penalty, Rule, Version, get_registry

from .facts import Facts, parse_facts
from .limitation import first_act_reached, limitation, offence_limitation
from .notes import general_notes
from .rules import Candidate, Note, find
from .services import first_steps, service_ids
from .texts import say

UNCERTAIN_GRADES = ("C", "U")


class _View:
    """The law as seen from the date of the facts (the rules' LawView)."""

    def __init__(self, law, on: date):
        self.law, self.on = law, on

    def applies(self, article: str) -> bool:
        return self.law.offence(article).coverage_at(self.on) != "not_in_force"

    def has_aggravation(self, article: str, key: str) -> bool:
        version = self.law.offence(article).version_at(self.on)
        return version is not None and any(a.key == key for a in version.aggravations)

    def later_start(self, article: str) -> date | None:
        rule = self.law.offence(article)
        later = [v.start for v in rule.versions if v.start > self.on]
        return later[0] if later and rule.version_at(self.on) is not None else None


def qualify(facts: Facts, today: date, law=None) -> dict:
    """The legal reading of validated facts. `today` selects the time-limit rules in force and
    flags past end dates; `law` lets tests pass another registry."""
    law = law or get_registry()
    lang, on = facts.lang, facts.facts_date
    findings = find(facts, _View(law, on))
    offences, not_applicable = [], []
    for excluded in findings.excluded:
        not_applicable.append(_not_applicable(law.offence(excluded.article), excluded.reason, lang))
    first = facts.first_facts_date  # on or before `on` (checked when parsed)
    for candidate in findings.candidates:
        rule = law.offence(candidate.article)
        if rule.coverage_at(on) == "not_in_force":
            reason = Note("not_in_force", {"facts_date": on, "start": _first_start(rule, on)})
            not_applicable.append(_not_applicable(rule, reason, lang))
            continue
        extra, first_act = [], first
        if first and not candidate.repeated and rule.coverage_at(first) == "not_in_force":
            # Acts before this article existed fall under the law then (entries added below).
            first_act = first_act_reached(rule, first)
            extra.append(Note("later_acts_only", {"start": first_act}))
        offences.append(_offence(law, rule, candidate, facts, today, extra, first_act))
    if first and first < on:
        offences += _earlier_acts(law, facts, first, findings, today)
    offences.sort(key=_severity)
    return {
        "facts_date": on.isoformat(),
        "offences": offences,
        "not_applicable": not_applicable,
        "complaint_required": any(o["complaint_required"] for o in offences),
        "limitation": limitation(facts, offences, law, today),
        "first_steps": first_steps(facts),
        "notes": general_notes(facts, law),
        "services": service_ids(facts),
        "disclaimer": say(lang, "disclaimer_minor_author" if facts.author_minor else "disclaimer"),
    }


def qualify_json(payload, today: date, law=None) -> dict:
    """Validate a JSON-like payload and qualify it; raises QualifyInputError on bad input."""
    return qualify(parse_facts(payload, today), today, law)


def _earlier_acts(law, facts: Facts, first: date, later, today: date) -> list[dict]:
    """The first acts under the law of their own date, for offences committed by each act,
    where that law differs from the one applied to the most recent act (another version, or
    another article, as 226-8 before 226-8-1)."""
    earlier = facts.at(first)
    found = find(earlier, _View(law, first))
    versions = {c.article: law.offence(c.article).version_at(facts.facts_date)
                for c in later.candidates}
    entries = []
    for candidate in found.candidates:
        rule = law.offence(candidate.article)
        if candidate.repeated or rule.coverage_at(first) == "not_in_force":
            continue
        if candidate.article in versions and rule.version_at(first) is versions[candidate.article]:
            continue
        notes = [Note("earlier_acts", {"first": first})]
        entries.append(_offence(law, rule, candidate, earlier, today, notes, first))
    return entries


def _first_start(rule: Rule, on: date) -> date:
    later = [v.start for v in rule.versions if v.start > on]
    return later[0] if later else rule.versions[0].start


def _not_applicable(rule: Rule, reason: Note, lang: str) -> dict:
    return {"article": rule.article, "reason": say(lang, reason.key, **reason.values)}


def _severity(offence: dict) -> tuple:
    known = offence["prison_years"] is not None
    return (not known, -(offence["prison_years"] or 0), -(offence["fine_eur"] or 0),
            offence["article"], offence["assessed_on"])


def _offence(law, rule: Rule, candidate: Candidate, facts: Facts, today: date,
             extra: list[Note], first_act: date | None) -> dict:
    lang, on = facts.lang, facts.facts_date
    version = rule.version_at(on)
    notes = [say(lang, n.key, **n.values) for n in list(extra) + list(candidate.notes)]
    if rule.complaint_required:
        notes.append(say(lang, "complaint"))
    entry = {
        "article": rule.article,
        "code": rule.code,
        "title": rule.title[lang],
        "prison_years": None,
        "fine_eur": None,
        "aggravations": [],
        "version_in_force_since": None,
        "url": rule.url,
        "notes": notes,
        "complaint_required": rule.complaint_required,
        "assessed_on": on.isoformat(),
        "limitation": offence_limitation(facts, rule.id, candidate.repeated, law, today,
                                         first_act),
    }
    if version is None:  # the article existed, but the data does not hold that version
        detail = rule.earlier_versions[lang] if rule.earlier_versions else ""
        notes.insert(0, say(lang, "not_held", facts_date=on, detail=detail))
        return entry
    penalty = law.penalty_at(rule.id, on, candidate.circumstances, candidate.conduct)
    since = version.in_force_since
    entry.update(
        prison_years=penalty.prison_years,
        fine_eur=penalty.fine_eur,
        aggravations=_aggravations(version, penalty, lang),
        version_in_force_since=since.isoformat() if since else None,
    )
    if since is None:  # the start held is a checked text's date, not a coming into force
        notes.append(say(lang, version.start_basis, start=version.start))
    uncertain = _uncertainty(rule, version, penalty, lang)
    if uncertain:
        notes.append(uncertain)
    return entry


def _aggravations(version: Version, penalty: Penalty, lang: str) -> list[dict]:
    labels = {a.key: a.label[lang] for a in version.aggravations}
    shown: list[dict] = []
    for key in penalty.applied:
        if all(item["label"] != labels[key] for item in shown):
            shown.append({"key": key, "label": labels[key]})
    return shown


def _uncertainty(rule: Rule, version: Version, penalty: Penalty, lang: str) -> str | None:
    """A note when the version or an applied aggravation rests on weak sources,
    or when the date this version ends is itself uncertain."""
    grades = [version.grade] + [a.grade for a in version.aggravations if a.key in penalty.applied]
    weak = [g for g in grades if g in UNCERTAIN_GRADES]
    index = rule.versions.index(version)
    next_inexact = index + 1 < len(rule.versions) and not rule.versions[index + 1].start_exact
    if not (weak or next_inexact) or version.uncertain is None:
        return None
    grade = max(weak) if weak else (version.grade or rule.grade)
    return say(lang, "grade", grade=grade, detail=version.uncertain[lang])
