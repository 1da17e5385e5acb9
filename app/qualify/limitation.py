"""How long prosecution stays possible: CPP art. 8, and 706-47 for offences against minors, per
offence and per act.

Numbers of years, the 706-47 list and the offences whose time limit runs from the last act
(harassment) are read from the law data (cpp-8, cpp-706-47, cpp-9-1). Every answer says "at least
until": acts of investigation interrupt the period, so a date here is a floor, never a deadline.
Where a date is uncertain, the earlier possibility is used. An offence committed by each act (each
sharing, each message) has its own period per act, so the first act's ends first; harassment, made
of repeated acts, runs from the last one.
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


class _Rules:
    """The time-limit rules in force today, read once per answer."""

    def __init__(self, law, today: date):
        self.cpp8 = _in_force(law.offence("cpp-8"), today)
        self.list_rule = law.offence("cpp-706-47")
        self.listed = _in_force(self.list_rule, today).values
        self.years = int(self.cpp8.values["years"])
        self.last_act = tuple(self.cpp8.values.get("last_act_articles", ()))

    def periods(self, facts: Facts, article: str) -> list[Period]:
        """The ordinary period for an act on `facts.facts_date`, and the 706-47 one from the
        victim's majority when the victim was then a minor (uncertain for a probable listing)."""
        found = [Period(article, self.years, facts.facts_date,
                        add_years(facts.facts_date, self.years), False, True)]
        majority, _exact = earliest_majority(facts) if facts.minor else (None, False)
        in_list = article in self.listed.get("listed", ())
        probable = article in self.listed.get("listed_uncertain", ())
        if majority is None or not (in_list or probable):
            return found
        long_articles = self.cpp8.values.get("minor_long_articles", ())
        key = "minor_long_years_from_majority" if article in long_articles \
            else "minor_years_from_majority"
        years = int(self.cpp8.values[key])
        found.append(Period(article, years, majority, add_years(majority, years), True, in_list))
        return found

    def certain(self, facts: Facts, article: str) -> Period:
        return max((p for p in self.periods(facts, article) if p.certain),
                   key=lambda p: (p.ends_on, p.from_majority))


def offence_limitation(facts: Facts, article: str, repeated: bool, law, today: date,
                       first: date | None) -> dict:
    """{years, starts_on, ends_on, first_act_ends_on, rule} for one offence: `ends_on` for the
    most recent act, `first_act_ends_on` for the first act this offence covers when its date is
    known (`first`; the same for an offence made of repeated acts, which runs from the last)."""
    rules = _Rules(law, today)
    period = rules.certain(facts, article)
    from_last = repeated and article in rules.last_act
    first_ends = None
    if first is not None and first <= facts.facts_date:
        first_period = period if from_last else rules.certain(facts.at(first), article)
        first_ends = first_period.ends_on
    if period.from_majority:
        rule = say(facts.lang, "limitation_majority", years=period.years, article=article)
    elif from_last:
        rule = say(facts.lang, "limitation_last_act", years=period.years)
    elif first is not None and first < facts.facts_date:
        rule = say(facts.lang, "limitation_each_act", years=period.years)
    else:
        rule = say(facts.lang, "limitation_facts", years=period.years)
    return {"years": period.years, "starts_on": period.starts_on.isoformat(),
            "ends_on": period.ends_on.isoformat(),
            "first_act_ends_on": first_ends.isoformat() if first_ends else None, "rule": rule}


def limitation(facts: Facts, offences: list[dict], law, today: date) -> dict | None:
    """The latest date until which at least one listed offence can still be prosecuted ("at
    least until"), with every reservation spelt out; None without offences."""
    if not offences:
        return None
    lang = facts.lang
    rules = _Rules(law, today)
    latest, from_majority = _latest(facts, offences, rules, law)
    ends_on = date.fromisoformat(latest["ends_on"])
    earliest = min(date.fromisoformat(o["limitation"]["first_act_ends_on"]
                                      or o["limitation"]["ends_on"]) for o in offences)
    articles = list(dict.fromkeys(o["article"] for o in offences))
    probable = [p for article in articles for p in rules.periods(facts, article)
                if not p.certain and p.ends_on > ends_on]
    caveats = [say(lang, "limitation_caveat", ends_on=ends_on)]
    if earliest < ends_on:
        caveats.append(say(lang, "limitation_earliest", earliest=earliest))
    if ends_on < today:
        caveats.append(say(lang, "limitation_past"))
    if facts.minor:
        caveats += _minor_caveats(facts, rules, from_majority, probable, articles)
    hidden = _in_force(law.offence("cpp-9-1"), today).values
    caveats.append(say(lang, "limitation_hidden", cap=hidden["cap_years_delits"]))
    if facts.facts_date < rules.cpp8.start:
        caveats.append(say(lang, "limitation_older_facts", start=rules.cpp8.start))
    return {
        "years": latest["years"],
        "starts_on": latest["starts_on"],
        "ends_on": latest["ends_on"],
        "earliest_ends_on": earliest.isoformat(),
        "rule": latest["rule"],
        "caveat": " ".join(caveats),
    }


def first_act_reached(rule, first: date) -> date:
    """The first act an article can reach: `first`, or the day the article came into force when
    it did not exist yet on that day (earlier acts fall under the law then)."""
    if rule.coverage_at(first) != "not_in_force":
        return first
    later = [v.start for v in rule.versions if v.start > first]
    return later[0] if later else rule.versions[0].start


def _latest(facts: Facts, offences: list[dict], rules: _Rules, law) -> tuple[dict, bool]:
    """The period that ends last, and whether it runs from the victim's majority. Usually the
    most recent act's; but a first act against a child can outlast a last act against the same
    person as an adult (10 years from majority against 6 from the act), and then it is that one."""
    found = []
    for offence in offences:
        own = offence["limitation"]
        majority = offence["assessed_on"] == facts.facts_date.isoformat() and \
            rules.certain(facts, offence["article"]).from_majority
        found.append((own, majority))
        first_ends = own["first_act_ends_on"]
        if facts.first_facts_date and first_ends and first_ends > own["ends_on"]:
            start = first_act_reached(law.offence(offence["article"]), facts.first_facts_date)
            period = rules.certain(facts.at(start), offence["article"])
            key = "limitation_majority" if period.from_majority else "limitation_facts"
            found.append(({"years": period.years, "starts_on": period.starts_on.isoformat(),
                           "ends_on": period.ends_on.isoformat(),
                           "rule": say(facts.lang, key, years=period.years,
                                       article=offence["article"])}, period.from_majority))
    return max(found, key=lambda item: (item[0]["ends_on"], item[0]["years"]))


def _minor_caveats(facts: Facts, rules: _Rules, from_majority: bool, probable: list[Period],
                   articles: list[str]) -> list[str]:
    lang = facts.lang
    notes = []
    _majority, exact = earliest_majority(facts)
    if facts.victim_age is None:
        notes.append(say(lang, "limitation_minor_no_age"))
    elif not exact and (from_majority or probable):
        notes.append(say(lang, "limitation_age_only"))
    for period in probable:
        notes.append(say(lang, "limitation_probable", article=period.article,
                         years=period.years, ends_on=period.ends_on))
    not_listed = [a for a in articles if a in rules.listed.get("not_listed", ())]
    if not_listed:
        notes.append(say(lang, "limitation_not_listed", articles=", ".join(not_listed)))
    notes.append(say(lang, "limitation_checked", checked_on=rules.list_rule.checked_on))
    return notes
