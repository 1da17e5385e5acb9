"""How long prosecution stays possible: CPP art. 8, and 706-47 for offences against minors.

Numbers of years and the 706-47 list are read from the law data (cpp-8, cpp-706-47). Every
answer says "at least until": acts of investigation interrupt the period, so a date here is a
floor, never a deadline. Where a date is uncertain, the earlier possibility is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .facts import Facts
from .texts import say


def add_years(start: date, years: int) -> date:
    """Same day `years` later; 29 February becomes 28 February (the earlier date)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def earliest_majority(facts: Facts) -> tuple[date | None, bool]:
    """The victim's 18th birthday, and whether it is exact (birth date) or a floor (age)."""
    if facts.victim_birth_date is not None:
        return add_years(facts.victim_birth_date, 18), True
    if facts.victim_age_at_facts is not None:
        # Aged a on the facts date: born at the earliest a+1 years before, plus one day.
        return add_years(facts.facts_date, 17 - facts.victim_age_at_facts) + timedelta(1), False
    return None, False


@dataclass(frozen=True)
class Period:
    article: str
    years: int
    starts_on: date
    ends_on: date
    from_majority: bool
    certain: bool


def _in_force(rule, today: date):
    """Time-limit rules apply as they stand today; the latest held version if none covers it."""
    return rule.version_at(today) or rule.current


def periods(facts: Facts, articles: list[str], law, today: date) -> tuple[list[Period], dict]:
    """One period per offence; `context` holds what the caveats need."""
    cpp8 = _in_force(law.offence("cpp-8"), today)
    list_rule = law.offence("cpp-706-47")
    listed = _in_force(list_rule, today).values
    years = int(cpp8.values["years"])
    majority, exact = earliest_majority(facts) if facts.minor else (None, False)
    result = []
    for article in articles:
        result.append(Period(article, years, facts.facts_date,
                             add_years(facts.facts_date, years), False, True))
        in_list = article in listed.get("listed", ())
        probable = article in listed.get("listed_uncertain", ())
        if majority is None or not (in_list or probable):
            continue
        long_articles = cpp8.values.get("minor_long_articles", ())
        key = "minor_long_years_from_majority" if article in long_articles \
            else "minor_years_from_majority"
        minor_years = int(cpp8.values[key])
        result.append(Period(article, minor_years, majority, add_years(majority, minor_years),
                             True, in_list))
    context = {"exact_majority": exact, "cpp8": cpp8, "list_rule": list_rule,
               "not_listed": [a for a in articles if a in listed.get("not_listed", ())]}
    return result, context


def limitation(facts: Facts, articles: list[str], law, today: date) -> dict | None:
    """The longest certain period, with every reservation spelt out; None without offences."""
    if not articles:
        return None
    lang = facts.lang
    found, context = periods(facts, articles, law, today)
    certain = max((p for p in found if p.certain), key=lambda p: (p.ends_on, p.from_majority))
    probable = [p for p in found if not p.certain and p.ends_on > certain.ends_on]
    if certain.from_majority:
        rule = say("limitation_majority", lang, years=certain.years, article=certain.article)
    else:
        rule = say("limitation_facts", lang, years=certain.years)
    caveats = [say("limitation_caveat", lang, ends_on=certain.ends_on)]
    if certain.ends_on < today:
        caveats.append(say("limitation_past", lang))
    if facts.minor:
        caveats += _minor_caveats(facts, certain, probable, context)
    cpp8 = context["cpp8"]
    if facts.facts_date < cpp8.start:
        caveats.append(say("limitation_older_facts", lang, start=cpp8.start))
    return {
        "years": certain.years,
        "starts_on": certain.starts_on.isoformat(),
        "ends_on": certain.ends_on.isoformat(),
        "rule": rule,
        "caveat": " ".join(caveats),
    }


def _minor_caveats(facts: Facts, certain: Period, probable: list[Period], context) -> list[str]:
    lang = facts.lang
    notes = []
    if facts.victim_age is None:
        notes.append(say("limitation_minor_no_age", lang))
    elif not context["exact_majority"] and (certain.from_majority or probable):
        notes.append(say("limitation_age_only", lang))
    for period in probable:
        notes.append(say("limitation_probable", lang, article=period.article,
                         years=period.years, ends_on=period.ends_on))
    if context["not_listed"]:
        notes.append(say("limitation_not_listed", lang,
                         articles=", ".join(context["not_listed"])))
    notes.append(say("limitation_checked", lang, checked_on=context["list_rule"].checked_on))
    return notes
