"""Notes on the whole answer rather than on one offence: a sexual act obtained under threat is a
sexual assault or a rape; a minor author's penalties are reduced. Dates and amounts are read from
the law data (222-22, the juvenile justice code), never typed here."""

from __future__ import annotations

from app.formats import euros

from .facts import Facts
from .texts import say


def general_notes(facts: Facts, law) -> list[dict]:
    notes = []
    if facts.threat == "sexual_act":
        definition = law.offence("222-22")
        consent = [v for v in definition.versions if v.values.get("definition") == "non_consensual"]
        notes.append(_note("sexual_act_assault", facts.lang, since=consent[0].start))
    if facts.author_minor:
        value = _values(law)
        notes.append(_note("minor_author", facts.lang, no_penalty_age=value("cjpm-l11-4",
                                                                            "no_penalty_under_age"),
                           fine_cap=euros(value("cjpm-l121-6", "fine_cap_eur"), facts.lang),
                           exception_age=value("cjpm-l121-7", "exception_over_age")))
    return notes


def _values(law):
    def value(rule_id: str, name: str):
        return law.offence(rule_id).current.values[name]
    return value


def _note(key: str, lang: str, **values) -> dict:
    return {"id": key, "text": say(lang, key, **values)}
