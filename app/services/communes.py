"""Find a commune from what a person types: a postcode or a name.

The table comes from the INSEE geographic code and La Poste postcodes (see data/SOURCES.md). It is
read once, on first use, and indexed by postcode and by normalised name.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).parent / "data"
POSTCODE = re.compile(r"^\d{5}$")
MAX_RESULTS = 30
MAX_QUERY = 100  # longer than any commune name; bounds the work a request can ask for

# Abbreviations people type for the saints that open thousands of commune names.
_WORD_ALIASES = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


class Commune(NamedTuple):
    """One commune (or Paris/Lyon/Marseille arrondissement) offered as a candidate."""

    insee: str
    name: str
    postcodes: tuple[str, ...]
    departement: str
    departement_name: str
    parent_insee: str | None  # the city of an arrondissement, else None
    population: int


class _FoldTable(dict):
    """str.translate table built on demand: each character maps to its folded form or a space."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        base = base.replace("œ", "oe").replace("æ", "ae")
        folded = "".join(c if c.isascii() and c.isalnum() else " " for c in base) or " "
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def normalise(text: str) -> str:
    """Fold accents, case, hyphens, apostrophes and "St"/"Ste" so spellings compare equal."""
    words = text.translate(_FOLD).split()
    return " ".join([_WORD_ALIASES.get(w, w) for w in words])


def _normalise_many(texts: list[str]) -> list[str]:
    """normalise() over many names in one pass of translate and regex: several times faster."""
    fold = _FoldTable(_FOLD)
    fold[ord("\n")] = "\n"
    folded = "\n".join(texts).translate(fold)
    folded = _ALIAS_WORD.sub(lambda m: _WORD_ALIASES[m[1]], folded)
    return [" ".join(line.split()) for line in folded.split("\n")]


_ALIAS_WORD = re.compile(r"\b(" + "|".join(_WORD_ALIASES) + r")\b")


@dataclass(frozen=True)
class _Index:
    rows: dict[str, list[str]]  # INSEE code → CSV row
    by_postcode: dict[str, list[str]]  # postcode → INSEE codes
    names: list[tuple[str, str]]  # (normalised name, INSEE code)


@cache
def departement_names() -> dict[str, str]:
    """Code → name of every département and overseas collectivity."""
    with open(DATA / "departements.csv", encoding="utf-8", newline="") as f:
        return {row["code"]: row["nom"] for row in csv.DictReader(f)}


@cache
def _index() -> _Index:
    with open(DATA / "communes.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        # code_insee, nom, code_commune_rattachement, departement, codes_postaux, population
        next(reader)
        rows = {row[0]: row for row in reader}
    cities_with_arrondissements = {row[2] for row in rows.values() if row[2]}
    by_postcode: dict[str, list[str]] = {}
    for insee, row in rows.items():
        if row[4] and insee not in cities_with_arrondissements:
            # Paris, Lyon, Marseille: postcodes lead to the arrondissements only.
            for postcode in row[4].split("|"):
                by_postcode.setdefault(postcode, []).append(insee)
    names = _normalise_many([row[1] for row in rows.values()])
    return _Index(rows=rows, by_postcode=by_postcode, names=list(zip(names, rows, strict=True)))


def _make(row: list[str]) -> Commune:
    insee, name, parent, dep, postcodes, population = row
    return Commune(
        insee=insee,
        name=name,
        postcodes=tuple(postcodes.split("|")) if postcodes else (),
        departement=dep,
        departement_name=departement_names()[dep],
        parent_insee=parent or None,
        population=int(population or 0),
    )


def commune(insee: str) -> Commune | None:
    """The commune with this INSEE code, or None."""
    row = _index().rows.get(insee)
    return _make(row) if row else None


def arrondissements(insee: str) -> list[Commune]:
    """The arrondissements of Paris, Lyon or Marseille; empty for any other commune."""
    return [_make(row) for row in _index().rows.values() if row[2] == insee]


def _by_population(index: _Index, codes: list[str]) -> list[Commune]:
    rows = sorted((index.rows[i] for i in codes), key=lambda r: (-int(r[5] or 0), r[1], r[0]))
    return [_make(row) for row in rows]


def find_communes(query: str, limit: int = MAX_RESULTS) -> list[Commune]:
    """Candidates for a 5-digit postcode or a commune name; empty when nothing matches.

    A name matches exactly (after normalisation) or as the start of a longer name ("paris 11"
    finds "Paris 11e Arrondissement"); exact matches come first, then by decreasing population.
    """
    index = _index()
    text = query.strip()[:MAX_QUERY]
    if POSTCODE.match(text):
        found = [_make(index.rows[insee]) for insee in index.by_postcode.get(text, ())]
        return sorted(found, key=lambda c: (c.name, c.insee))[:limit]
    wanted = normalise(text)
    if not wanted:
        return []
    exact = [insee for name, insee in index.names if name == wanted]
    starting = [insee for name, insee in index.names if name != wanted and name.startswith(wanted)]
    return (_by_population(index, exact) + _by_population(index, starting)[:limit])[:limit]
