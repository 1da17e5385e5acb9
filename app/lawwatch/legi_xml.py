"""One LEGI article file (`ARTICLE` XML, one file per version) read into a plain record.

The layout follows DILA's LEGI export as Legilibre's legi.py reads it (`tar2sqlite.py`):
`META/META_COMMUN/ID` (LEGIARTI…), `META/META_SPEC/META_ARTICLE/{NUM, ETAT, DATE_DEBUT, DATE_FIN}`,
`CONTEXTE/TEXTE@cid` (the code's LEGITEXT), `VERSIONS/VERSION/LIEN_ART` (every version of the
article under the same number, each with its id and dates), `BLOC_TEXTUEL/CONTENU` (the text, as
HTML-like markup) and `LIENS/LIEN` (links to the texts that created, modified or moved it).
DATE_FIN is the first day the version no longer applies; 2999-01-01 means "no end".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

NO_END = "2999-01-01"
# Tags after which the text starts a new paragraph (alinéa) when it is flattened.
BLOCK_TAGS = frozenset({"p", "div", "br", "li", "tr", "table", "blockquote", "h1", "h2", "h3",
                        "h4", "h5", "h6", "ul", "ol"})


class LegiXmlError(ValueError):
    """An article file that is not well-formed LEGI XML."""


@dataclass(frozen=True)
class VersionLink:
    """One `VERSIONS/VERSION/LIEN_ART` entry: another version of the same article."""

    id: str
    start: date | None
    end: date | None
    etat: str
    num: str


@dataclass(frozen=True)
class Link:
    """One `LIENS/LIEN`: a text that created, modified, moved or cites this version."""

    typelien: str
    sens: str
    id: str
    num: str
    cid: str
    signed: str
    title: str


@dataclass(frozen=True)
class LegiArticle:
    """One version of an article as a LEGI file states it."""

    id: str
    cid: str
    num: str
    etat: str
    start: date | None
    end: date | None
    paragraphs: tuple[str, ...]
    versions: tuple[VersionLink, ...]
    links: tuple[Link, ...]
    mtime: int = 0
    archive: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def in_force_on(self, day: date) -> bool:
        if self.start is None or self.etat == "MODIFIE_MORT_NE":
            return False
        return self.start <= day and (self.end is None or day < self.end)

    def family_ids(self) -> set[str]:
        return {self.id} | {link.id for link in self.versions}


def _date(value: str | None) -> date | None:
    value = (value or "").strip()
    if not value or value == NO_END:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _text(element) -> str:
    return "" if element is None or element.text is None else element.text.strip()


def flatten(contenu) -> tuple[str, ...]:
    """The paragraphs of a `CONTENU` element: block tags and line breaks end a paragraph,
    whitespace inside a paragraph is collapsed (the markup's own line breaks mean nothing)."""
    chunks: list[str] = []
    current: list[str] = []

    def close() -> None:
        joined = " ".join("".join(current).split())
        if joined:
            chunks.append(joined)
        current.clear()

    def walk(element) -> None:
        # CONTENU itself is walked as a block: its own text is a paragraph like any other.
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        block = tag in BLOCK_TAGS or element is contenu
        if block:
            close()
        if element.text:
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            close()

    if contenu is not None:
        walk(contenu)
    return tuple(chunks)


def parse_article(data: bytes, *, mtime: int = 0, archive: str = "") -> LegiArticle:
    """Read one `ARTICLE` file. Raises LegiXmlError when it is not one."""
    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise LegiXmlError(f"not well-formed XML ({exc})") from None
    if root.tag != "ARTICLE":
        raise LegiXmlError(f"root element is {root.tag}, not ARTICLE")
    article_id = _text(root.find("META/META_COMMUN/ID"))
    if not re.fullmatch(r"LEGIARTI\d{12}", article_id):
        raise LegiXmlError(f"META_COMMUN/ID {article_id!r} is not a LEGIARTI identifier")
    meta = root.find("META/META_SPEC/META_ARTICLE")
    contexte = root.find("CONTEXTE/TEXTE")
    versions = tuple(
        VersionLink(id=lien.get("id", ""), start=_date(lien.get("debut")),
                    end=_date(lien.get("fin")), etat=lien.get("etat", ""),
                    num=lien.get("num", ""))
        for lien in root.iterfind("VERSIONS/VERSION/LIEN_ART"))
    links = tuple(
        Link(typelien=lien.get("typelien", ""), sens=lien.get("sens", ""), id=lien.get("id", ""),
             num=lien.get("num", ""), cid=lien.get("cidtexte", ""),
             signed=lien.get("datesignatexte", ""), title=" ".join((lien.text or "").split()))
        for lien in root.iterfind("LIENS/LIEN"))
    return LegiArticle(
        id=article_id,
        cid="" if contexte is None else contexte.get("cid", ""),
        num=_text(meta.find("NUM")) if meta is not None else "",
        etat=_text(meta.find("ETAT")) if meta is not None else "",
        start=_date(_text(meta.find("DATE_DEBUT"))) if meta is not None else None,
        end=_date(_text(meta.find("DATE_FIN"))) if meta is not None else None,
        paragraphs=flatten(root.find("BLOC_TEXTUEL/CONTENU")),
        versions=versions,
        links=links,
        mtime=mtime,
        archive=archive,
    )
