"""Which court a letter is addressed to, from a validated letters body. No Flask.

Why one place: the API, the CLI and the interview must all send the letter to the same court.
Order: an explicit `tribunal` wins (CPP 43 also makes competent the court of the place of the
offence or of the author's residence), then `commune_insee`, then the victim's postcode and
commune — never the representative's, the court follows the victim's residence. A postcode and
commune that could mean several courts are refused with the candidates, never guessed; an
address the French tables do not know (abroad) leaves the court blank, as before.
"""

from __future__ import annotations

import re
from functools import cache

from app.services.communes import POSTCODE, Commune, commune, find_communes, normalise
from app.services.courts import Tribunal, competence, court_named, tribunal_for

MAX_LISTED = 10  # candidates named in a message; the error's `candidates` list holds them all
_ARTICLES = {" du ": " le ", " des ": " les ", " de ": " ", " d'": " "}

MESSAGES = {
    "unknown_tribunal": {
        "fr": "Ce tribunal ne figure pas dans la liste des tribunaux judiciaires. Écrivez son "
              "nom complet, par exemple «\u00a0Tribunal judiciaire de Lyon\u00a0».",
        "en": "This court is not in the list of tribunaux judiciaires. Write its full name, "
              "for example “Tribunal judiciaire de Lyon”."},
    "commune_mismatch": {
        "fr": "Aucune commune de ce code postal ne porte ce nom. Vérifiez le code postal et "
              "la commune, ou indiquez le code INSEE de la commune ou le tribunal.",
        "en": "No commune with this postcode has this name. Check the postcode and the town, "
              "or give the commune's INSEE code or the court."},
    "ambiguous_court": {
        "fr": "Plusieurs tribunaux sont possibles pour cette adresse\u00a0: {courts}. "
              "Indiquez le code INSEE de la commune ou choisissez le tribunal.",
        "en": "Several courts are possible for this address: {courts}. Give the commune's "
              "INSEE code or choose the court."},
}
CODES = tuple(MESSAGES)


def as_dict(court: Tribunal | None) -> dict | None:
    """What the letter builders need: the court's name and postal address."""
    return {"name": court.name, "address_lines": list(court.address_lines)} if court else None


@cache
def tribunal_names() -> tuple[str, ...]:
    """Every tribunal judiciaire (and overseas tribunal de première instance), by official name."""
    return tuple(sorted({n for n in competence().values() if court_named(n)}, key=normalise))


@cache
def _by_key() -> dict[str, str]:
    """Normalised spellings people type → official name: the full name or the town alone."""
    keys: dict[str, str] = {}
    for name in tribunal_names():
        keys[normalise(name)] = name
        match = re.match(r"^Tribunal (?:judiciaire|de Première Instance)( du | des | de | d')(.+)$",
                         name)
        if match:
            keys.setdefault(normalise(_ARTICLES[match[1]] + match[2]), name)
    return keys


def tribunal_named(text: str) -> Tribunal | None:
    """The court a person named ("Tribunal judiciaire de Lyon", "Lyon", "TJ de Lyon"), or None."""
    key = normalise(text)
    key = re.sub(r"^tj (?:de |d |du |des )?", "tribunal judiciaire de ", key)
    name = _by_key().get(key) or _by_key().get(key.replace("tribunal judiciaire de ", "", 1))
    return court_named(name) if name else None


def _matches(c: Commune, wanted: str) -> bool:
    names = [normalise(c.name)]
    if c.parent_insee:  # "Lyon" for "Lyon 3e Arrondissement"
        parent = commune(c.parent_insee)
        names += [normalise(parent.name)] if parent else []
    return wanted in names


def _candidates(postcode: str, name: str) -> list[Commune] | None:
    """The communes an address may mean; None when the tables do not know it (abroad)."""
    wanted = normalise(name)
    if POSTCODE.match(postcode):
        found = find_communes(postcode, limit=1000)
        if not found:
            return None
        if not wanted:
            return found
        exact = [c for c in found if _matches(c, wanted)]
        return exact or [c for c in found if normalise(c.name).startswith(wanted)]
    if wanted and not postcode:
        exact = [c for c in find_communes(name, limit=1000) if _matches(c, wanted)]
        return exact or None
    return None


def error(field: str, code: str, **values) -> dict:
    message = {lang: text.format(**values) for lang, text in MESSAGES[code].items()}
    return {"field": field, "code": code, "message": message}


def court_for(data: dict, errors: list) -> dict | None:
    """The court of a validated body (see the module docstring); problems go to `errors`."""
    if data.get("tribunal"):
        court = tribunal_named(data["tribunal"])
        if court is None:
            errors.append(error("tribunal", "unknown_tribunal"))
        return as_dict(court)
    if data.get("commune_insee"):
        return as_dict(tribunal_for(data["commune_insee"]))
    victim = data.get("victim") or {}
    postcode, name = victim.get("postcode") or "", victim.get("commune") or ""
    found = _candidates(postcode, name)
    if found is None:
        return None
    if not found:
        errors.append(error("victim.commune", "commune_mismatch"))
        return None
    courts: dict[str, Tribunal | None] = {}
    for c in found:
        court = tribunal_for(c.insee)
        courts.setdefault(court.name if court else "", court)
    if len(courts) == 1:
        return as_dict(next(iter(courts.values())))
    item = error("victim.commune", "ambiguous_court",
                 courts=", ".join(sorted((n for n in courts if n), key=normalise)[:MAX_LISTED]))
    item["candidates"] = [{"commune_insee": c.insee, "commune": c.name,
                           "postcodes": list(c.postcodes),
                           "tribunal": getattr(tribunal_for(c.insee), "name", None)}
                          for c in found]
    errors.append(item)
    return None
