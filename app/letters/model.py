"""The letter as plain data.

Builders (complaint, partie civile) fill it in; renderers (txt, html, pdf, docx, odt) only read it.
Keeping wording and layout apart means every format says exactly the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """A titled part of the letter: paragraphs, then an optional (bulleted or numbered) list."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    numbered: bool = False
    after: tuple[str, ...] = ()  # paragraphs that follow the list


@dataclass(frozen=True)
class Exhibit:
    """One line of the list of exhibits (bordereau de pièces)."""

    number: int
    description: str
    seen_at: str = ""
    url: str = ""
    sha256: str = ""


@dataclass(frozen=True)
class ExhibitTable:
    """The exhibits with their column headers, already in the letter's language."""

    heading: str
    columns: tuple[str, str, str, str, str]  # number, description, seen at, URL, SHA-256
    rows: tuple[Exhibit, ...]
    empty: str  # what to print when there is no exhibit


@dataclass(frozen=True)
class Letter:
    """A complete letter, ready for any renderer."""

    kind: str  # "complaint" | "partie_civile"
    lang: str  # "fr" | "en"
    title: str  # document title (PDF/DOCX/ODT metadata, HTML <title>)
    sender: tuple[str, ...]
    addressee: tuple[str, ...]
    place_date: str
    object_line: str
    salutation: str
    opening: tuple[str, ...]  # paragraphs between the salutation and the first section
    sections: tuple[Section, ...]
    exhibits: ExhibitTable
    closing: str
    signature: tuple[str, ...]
    notice: tuple[str, ...] = ()  # shown before the letter (e.g. "reading copy: send the French")
    sending_mode: str = ""  # e.g. "Lettre recommandée avec demande d'avis de réception"
    disclaimer_heading: str = ""
    disclaimer: tuple[str, ...] = field(default_factory=tuple)  # shown after the letter
