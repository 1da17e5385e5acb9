"""Penalties stated in a French article text, and how they moved between two texts.

A Code pénal article states its maximum penalties in a fixed form: "deux ans d'emprisonnement et
de 60 000 euros d'amende", "portées à sept ans d'emprisonnement et à 100 000 € d'amende", "un an
d'emprisonnement", "15 000 euros d'amende", "six mois d'emprisonnement", "un million d'euros".
Each alinéa (paragraph) is read in order; a term of imprisonment is paired with the fine that
follows it in the same alinéa.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from app.law.schema import Penalty, Version

NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30,
}
_NUMBER = r"\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
PRISON = re.compile(
    rf"\b(?P<n>{_NUMBER})\s+(?P<unit>ans?|mois)\s+(?:d'|de\s+)"
    r"(?:emprisonnement|réclusion\s+criminelle|détention\s+criminelle)", re.IGNORECASE)
FINE = re.compile(
    r"(?P<amount>\d{1,3}(?:[ .]\d{3})+|\d+)\s*(?:euros|€)\s+d'amende"
    rf"|\b(?P<millions>{_NUMBER})\s+millions?\s+d'euros\s+d'amende", re.IGNORECASE)


@dataclass(frozen=True)
class Stated:
    """A penalty as an alinéa states it; either part may be missing (a fine alone)."""

    alinea: int
    years: int | float | None
    fine_eur: int | None

    def value(self) -> tuple:
        return (self.years, self.fine_eur)


@dataclass(frozen=True)
class PenaltyChange:
    """One difference: `before` (stored) and `after` (archive); None where one side lacks it."""

    article: str
    alinea: int | None
    before: tuple | None
    after: tuple | None
    stored_as: tuple[str, ...] = ()

    def sentence(self) -> str:
        where = f"{self.article} al. {self.alinea}" if self.alinea else self.article
        before = describe(self.before) if self.before else "not stated"
        after = describe(self.after) if self.after else "no longer stated"
        held = f" (held as {', '.join(self.stored_as)})" if self.stored_as else ""
        return f"{where}: {before} → {after}{held}"

    def as_dict(self) -> dict:
        def side(value):
            return None if value is None else {"prison_years": value[0], "fine_eur": value[1]}
        return {"alinea": self.alinea, "before": side(self.before), "after": side(self.after),
                "stored_as": list(self.stored_as), "sentence": self.sentence()}


def _normalise(text: str) -> str:
    return (text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
            .replace("\u2009", " "))


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def stated(text: str) -> list[Stated]:
    """Every penalty stated in `text`, alinéa by alinéa (paragraphs split on blank lines)."""
    found: list[Stated] = []
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", _normalise(text)) if p.strip()]
    for alinea, paragraph in enumerate(paragraphs, start=1):
        marks = []
        for match in PRISON.finditer(paragraph):
            count = _number(match.group("n"))
            years = count if match.group("unit").lower().startswith("an") else count / 12
            marks.append((match.start(), "prison", years))
        for match in FINE.finditer(paragraph):
            if match.group("amount"):
                amount = int(re.sub(r"[ .]", "", match.group("amount")))
            else:
                amount = _number(match.group("millions")) * 1_000_000
            marks.append((match.start(), "fine", amount))
        marks.sort()
        years: int | float | None = None
        for _, kind, value in marks:
            if kind == "prison":
                if years is not None:
                    found.append(Stated(alinea, years, None))
                years = value
            else:
                found.append(Stated(alinea, years, value))
                years = None
        if years is not None:
            found.append(Stated(alinea, years, None))
    return found


def held(version: Version) -> list[tuple[str, Penalty]]:
    """The penalties the law data holds for a version, each with what it is held as."""
    slots: list[tuple[str, Penalty]] = []
    if version.penalty:
        slots.append(("base penalty", version.penalty))
    slots += [(f"conduct {c.key}", c.penalty) for c in version.conducts]
    slots += [(f"aggravation {a.key}", a.penalty) for a in version.aggravations]
    slots += [(f"{t.count} circumstances", t.penalty) for t in version.counted]
    return slots


def describe(value: tuple) -> str:
    years, fine = value
    parts = []
    if years is not None:
        if years < 1:
            parts.append(f"{round(years * 12)} months")
        else:
            shown = int(years) if float(years).is_integer() else years
            parts.append(f"{shown} year" + ("" if shown == 1 else "s"))
    if fine is not None:
        parts.append(f"€{fine:,}")
    return ", ".join(parts)


def _held_as(version: Version, value: tuple) -> tuple[str, ...]:
    return tuple(label for label, penalty in held(version)
                 if (value[0] in (None, penalty.prison_years))
                 and (value[1] in (None, penalty.fine_eur)))


def compare(article: str, version: Version, new_text: str) -> list[PenaltyChange]:
    """How the penalties of `new_text` differ from those held for `version`.

    With a stored quotation, the penalties of the two texts are aligned in order and each
    difference names its alinéa ("226-8-1 al. 3: 3 years, €75,000 → 4 years, €75,000").
    Without one, the penalties stated are set against those held, as sets.
    """
    after = stated(new_text)
    quoted = version.text.get("fr") if version.text else None
    if quoted:
        before = stated(quoted)
        changes = []
        matcher = difflib.SequenceMatcher(None, [s.value() for s in before],
                                          [s.value() for s in after], autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            olds, news = before[i1:i2], after[j1:j2]
            for k in range(max(len(olds), len(news))):
                old = olds[k] if k < len(olds) else None
                new = news[k] if k < len(news) else None
                alinea = new.alinea if new else old.alinea
                changes.append(PenaltyChange(
                    article, alinea, old.value() if old else None,
                    new.value() if new else None,
                    _held_as(version, old.value()) if old else ()))
        return changes
    held_values = {(p.prison_years, p.fine_eur): label for label, p in held(version)}
    stated_values = {s.value() for s in after}
    changes = [PenaltyChange(article, s.alinea, None, s.value()) for s in after
               if s.value() not in held_values and s.years is not None and s.fine_eur is not None]
    changes += [PenaltyChange(article, None, value, None, (label,))
                for value, label in held_values.items() if value not in stated_values]
    return changes
