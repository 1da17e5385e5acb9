"""Facts + date → offences, maximum penalties, time limit and services, as plain data.

The rules (rules.py) name articles and circumstances; everything the law says — penalties,
titles, URLs, dates of versions, complaint requirement, time limits — is read here from the
law registry, so a change in app/law/data changes every answer without touching this code.
"""

from __future__ import annotations

from datetime import date

from app.law import Penalty, Rule, Version, get_registry

from .facts import Facts, parse_facts
from .limitation import limitation
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
    offences, not_applicable, rules = [], [], []
    for excluded in findings.excluded:
        not_applicable.append(_not_applicable(law.offence(excluded.article), excluded.reason, lang))
    for candidate in findings.candidates:
        rule = law.offence(candidate.article)
        coverage = rule.coverage_at(on)
        if coverage == "not_in_force":
            reason = Note("not_in_force", {"facts_date": on, "start": _first_start(rule, on)})
            not_applicable.append(_not_applicable(rule, reason, lang))
            continue
        offences.append(_offence(law, rule, candidate, facts))
        rules.append(rule)
    offences.sort(key=_severity)
    return {
        "facts_date": on.isoformat(),
        "offences": offences,
        "not_applicable": not_applicable,
        "complaint_required": bool(rules) and all(r.complaint_required for r in rules),
        "limitation": limitation(facts, [r.id for r in rules], law, today),
        "first_steps": first_steps(facts),
        "services": service_ids(facts),
        "disclaimer": say("disclaimer", lang),
    }


def qualify_json(payload, today: date, law=None) -> dict:
    """Validate a JSON-like payload and qualify it; raises QualifyInputError on bad input."""
    return qualify(parse_facts(payload, today), today, law)


def _first_start(rule: Rule, on: date) -> date:
    later = [v.start for v in rule.versions if v.start > on]
    return later[0] if later else rule.versions[0].start


def _not_applicable(rule: Rule, reason: Note, lang: str) -> dict:
    return {"article": rule.article, "reason": say(reason.key, lang, **reason.values)}


def _severity(offence: dict) -> tuple:
    known = offence["prison_years"] is not None
    return (not known, -(offence["prison_years"] or 0), -(offence["fine_eur"] or 0),
            offence["article"])


def _offence(law, rule: Rule, candidate: Candidate, facts: Facts) -> dict:
    lang, on = facts.lang, facts.facts_date
    version = rule.version_at(on)
    notes = [say(n.key, lang, **n.values) for n in candidate.notes]
    if rule.complaint_required:
        notes.append(say("complaint", lang))
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
    }
    if version is None:  # the article existed, but the data does not hold that version
        detail = rule.earlier_versions[lang] if rule.earlier_versions else ""
        notes.insert(0, say("not_held", lang, facts_date=on, detail=detail))
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
        notes.append(say(version.start_basis, lang, start=version.start))
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
    """A note when the version or an applied aggravation rests on weak sources, or when the
    date this version ends is itself uncertain."""
    grades = [version.grade] + [a.grade for a in version.aggravations if a.key in penalty.applied]
    weak = [g for g in grades if g in UNCERTAIN_GRADES]
    index = rule.versions.index(version)
    next_inexact = index + 1 < len(rule.versions) and not rule.versions[index + 1].start_exact
    if not (weak or next_inexact) or version.uncertain is None:
        return None
    grade = max(weak) if weak else (version.grade or rule.grade)
    return say("grade", lang, grade=grade, detail=version.uncertain[lang])
