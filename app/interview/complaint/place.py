"""The `where` step of the complaint: the communes a place typed may mean, each with its court,
the list of every court, and the court the letter then goes to. No Flask.

Why its own module: the court follows the victim's residence (CPP 43 for offences committed
online), never the representative's; the letters find the same court from the same answers
(app/letters/court.py), this only helps the person choose.
"""

from __future__ import annotations

from app.formats import article_name
from app.interview.engine import parse_date
from app.law import get_registry
from app.letters.court import tribunal_named, tribunal_names
from app.letters.justice import available_from
from app.letters.wording import long_date
from app.services.communes import commune, find_communes
from app.services.courts import tribunal_for

MAX_CANDIDATES = 30


def candidates(answers: dict, words: dict) -> list[tuple[str, str]]:
    """(INSEE code, label naming the competent court) for the place typed; `words` is the
    interview's `ui` wording."""
    query = answers.get("place_query", "")
    found = find_communes(query, MAX_CANDIDATES) if query else []
    chosen = commune(answers.get("commune_insee", ""))
    if chosen and all(c.insee != chosen.insee for c in found):
        found = [chosen, *found]
    options = []
    for c in found:
        court = tribunal_for(c.insee)
        options.append((c.insee, words["commune_option"].format(
            name=c.name, postcodes=", ".join(c.postcodes[:3]), department=c.departement_name,
            court=court.name if court else words["court_unknown"])))
    return options


def guess_commune(answers: dict) -> None:
    """Before the `where` step: search the victim's postcode (or commune), and choose the
    commune when only one matches."""
    if answers.get("place_query"):
        return
    place = answers.get("victim.postcode") or answers.get("victim.commune")
    if place:
        answers["place_query"] = place
        choose_single(answers)


def choose_single(answers: dict) -> None:
    found = candidates(answers, {"commune_option": "", "court_unknown": ""})
    if len(found) == 1 and not answers.get("commune_insee"):
        answers["commune_insee"] = found[0][0]


def courts(lang: str, words: dict) -> list[tuple[str, str]]:
    """Every tribunal judiciaire, after "the commune's court" (the answer left empty)."""
    return [("", words["ui"]["court_default"]), *((name, name) for name in tribunal_names())]


def cpp43(lang: str) -> dict:
    rule = get_registry().offence("cpp-43")
    return {"name": article_name(rule.article, rule.code, lang), "url": rule.url}


def chosen_court(answers: dict):
    """The court the letter goes to: the one chosen, else the one of the commune chosen."""
    if answers.get("tribunal"):
        return tribunal_named(answers["tribunal"])
    return tribunal_for(answers["commune_insee"]) if answers.get("commune_insee") else None


def commune_in_words(insee: str) -> str:
    found = commune(insee)
    return f"{found.name} ({found.insee})" if found else insee


def _past(answers: dict, name: str, today):
    value = parse_date(answers.get(name, "")) if answers.get(name) else None
    return value if value and value <= today else None


def filing_from(answers: dict, lang: str, today) -> str | None:
    """When the partie civile letter can be filed, in words, if the dates allow saying it
    (the letters' own check names any problem on the `dates` step)."""
    first = _past(answers, "first_complaint_date", today)
    route = answers.get("first_complaint_to")
    if first is None or route not in ("procureur", "police"):
        return None
    copy = _past(answers, "copy_received_on", today) if (
        route == "police" and answers.get("copy_sent") == "yes") else None
    court = chosen_court(answers)
    found = available_from(first, _past(answers, "refusal_date", today), today, route, copy,
                           court.name if court else None)
    return long_date(found, lang) if found else None
