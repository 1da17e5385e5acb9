"""Which court to write to: the tribunal judiciaire competent for a commune, and the local CDAD.

The commune → court table and the court addresses come from the Ministry of Justice and the
Annuaire de l'administration (see data/SOURCES.md). The address files contain a few rows that
belong to another office, so every Annuaire row is checked against the Ministry's record of the
court's seat before it is trusted.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache

from app.services.communes import DATA, arrondissements, commune, find_communes, normalise

__all__ = [
    "ATTRIBUTION",
    "Cdad",
    "Tribunal",
    "cdad_for",
    "find_communes",
    "procureur_address",
    "tribunal_for",
]

ATTRIBUTION = {
    "fr": (
        "Sources\u00a0: Ministère de la Justice – «\u00a0Liste des juridictions compétentes "
        "pour les communes de France\u00a0» (données du 28 juillet 2026) et «\u00a0Données "
        "géocodées des structures de la Justice\u00a0» (data.gouv.fr, Licence Ouverte)\u00a0; "
        "Annuaire de l'administration (DILA, service-public.fr, Licence Ouverte)\u00a0; "
        "INSEE – Code officiel géographique 2026 et La Poste – base officielle des codes "
        "postaux, via Etalab «\u00a0découpage administratif\u00a0» (Licence Ouverte)."
    ),
    "en": (
        "Sources: French Ministry of Justice – “Liste des juridictions compétentes pour les "
        "communes de France” (data of 28 July 2026) and “Données géocodées des structures de la "
        "Justice” (data.gouv.fr, Licence Ouverte); Annuaire de l'administration (DILA, "
        "service-public.fr, Licence Ouverte); INSEE – Code officiel géographique 2026 and "
        "La Poste – official postcode database, via Etalab “découpage administratif” "
        "(Licence Ouverte)."
    ),
}

PROCUREUR = "Monsieur ou Madame le Procureur de la République"

# The commune table and the address files spell this one court differently (INSEE 97411).
_NAME_ALIASES = {
    normalise("Tribunal judiciaire de Saint-Denis-de-La-Réunion"): normalise(
        "Tribunal judiciaire de Saint-Denis"
    ),
}
_ANNUAIRE_ADDRESS = re.compile(r"^(?P<street>.+?)\s+–\s+(?P<postcode>\d{4,5}) (?P<city>.+)$")
_COURT_TYPES = {"tribunal_judiciaire", "tribunal_premiere_instance"}


@dataclass(frozen=True)
class Tribunal:
    """A tribunal judiciaire (or overseas tribunal de première instance) and how to reach it."""

    id: str  # Ministry identifier, e.g. "1-39"
    name: str
    street: str
    postcode: str
    city: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    hours: str | None  # None: no reliable opening hours in the sources
    record_date: date | None  # date of the Annuaire record the address comes from
    source: str  # "annuaire" (DILA directory) or "ministere" (Ministry's structure file)
    source_url: str | None  # the court's page in the Annuaire de l'administration

    @property
    def address_lines(self) -> tuple[str, ...]:
        return (self.street, f"{self.postcode} {self.city}")


@dataclass(frozen=True)
class Cdad:
    """A conseil départemental de l'accès au droit: free legal information near the user."""

    id: str
    name: str
    departement: str
    address_lines: tuple[str, ...]
    phone: str | None
    email: str | None


def _read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _key(name: str) -> str:
    key = normalise(name)
    return _NAME_ALIASES.get(key, key)


def _phone(row: dict[str, str]) -> str | None:
    """The formatted phone, else the source text when it still looks like a number."""
    if row["telephone"]:
        return row["telephone"]
    raw = row["telephone_source"].strip()
    return raw if sum(c.isdigit() for c in raw) >= 8 else None


def _seat_prefixes(insee: str) -> set[str]:
    seat = commune(insee)
    return {p[:2] for p in seat.postcodes} if seat else set()


def _tribunal(ministry: dict[str, str], annuaire: dict[str, str] | None) -> Tribunal:
    """Merge the Ministry record with the Annuaire record when the latter is about the same seat."""
    same_seat = annuaire is not None and annuaire["code_insee"] == ministry["code_insee"]
    street, postcode, city = (
        ministry["adresse_voie"],
        ministry["code_postal"],
        ministry["ville_acheminement"],
    )
    source = "ministere"
    if same_seat:
        match = _ANNUAIRE_ADDRESS.match(annuaire["adresse"])
        if match and match["postcode"].zfill(5)[:2] in _seat_prefixes(ministry["code_insee"]):
            street, postcode, city = match["street"], match["postcode"].zfill(5), match["city"]
            source = "annuaire"
    if not same_seat:
        phone = _phone(ministry)
        return Tribunal(
            id=ministry["id"],
            name=ministry["nom"],
            street=street,
            postcode=postcode,
            city=city,
            phones=(phone,) if phone else (),
            emails=(ministry["email"],) if ministry["email"] else (),
            hours=None,
            record_date=None,
            source=source,
            source_url=None,
        )
    return Tribunal(
        id=ministry["id"],
        name=ministry["nom"],
        street=street,
        postcode=postcode,
        city=city,
        phones=tuple(p for p in annuaire["telephones"].split("|") if p),
        emails=tuple(e for e in annuaire["emails"].split("|") if e),
        hours=annuaire["horaires"].strip() or None,
        record_date=datetime.strptime(annuaire["mise_a_jour"], "%d/%m/%Y").date(),
        source=source,
        source_url=annuaire["fiche_annuaire"] or None,
    )


@cache
def _tribunals() -> dict[str, Tribunal]:
    """Normalised court name → Tribunal, for every court of first instance."""
    annuaire = {_key(row["nom"]): row for row in _read("annuaire_tj.csv")}
    return {
        _key(row["nom"]): _tribunal(row, annuaire.get(_key(row["nom"])))
        for row in _read("structures_justice.csv")
        if row["type"] in _COURT_TYPES
    }


@cache
def competence() -> dict[str, str]:
    """INSEE code → name of the competent tribunal judiciaire."""
    with open(DATA / "competence_tj.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)  # code_insee, tribunal_judiciaire
        return dict(reader)


def tribunal_for(insee: str) -> Tribunal | None:
    """The tribunal judiciaire competent for a commune, or None for an unknown code.

    The court is named as in the official commune table. Lyon and Marseille are listed by
    arrondissement only: the city code resolves to the court all its arrondissements share.
    """
    name = competence().get(insee)
    if name is None:
        courts = {competence().get(a.insee) for a in arrondissements(insee)}
        if len(courts) != 1 or None in courts:
            return None
        (name,) = courts
    return court_named(name)


@cache
def court_named(name: str) -> Tribunal | None:
    """The court of that official name (as in the commune table), with its address; or None."""
    court = _tribunals().get(_key(name))
    return replace(court, name=name) if court else None


def procureur_address(insee: str) -> list[str]:
    """Address block of a letter to the procureur competent for a commune; empty if unknown."""
    court = tribunal_for(insee)
    if court is None:
        return []
    return [PROCUREUR, court.name, *court.address_lines]


@cache
def _cdads() -> dict[str, Cdad]:
    """Département code → its CDAD (Saint-Martin and Saint-Barthélemy share one, seated in 971)."""
    found: dict[str, Cdad] = {}
    for row in _read("structures_justice.csv"):
        if row["type"] != "conseil_departemental_acces_droit":
            continue
        town = f"{row['code_postal']} {row['ville_acheminement']}"
        lines = [row["adresse_voie"], row["lieu_dit"], town]
        cdad = Cdad(
            id=row["id"],
            name=row["nom"],
            departement=row["departement"],
            address_lines=tuple(line for line in lines if line.strip()),
            phone=_phone(row),
            email=row["email"] or None,
        )
        if "Saint-Martin" in row["nom"]:
            found["977"] = found["978"] = cdad
        else:
            found[row["departement"]] = cdad
    return found


def cdad_for(departement: str) -> Cdad | None:
    """The conseil départemental de l'accès au droit of a département code ("75", "2A", "974")."""
    return _cdads().get(departement)
