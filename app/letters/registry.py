"""The document kinds and the one pipeline every letter goes through:
body → prepare (check, resolve) → build (the Letter model) → render (bytes in a format).

Why one pipeline: the API, the CLI and the interview all make letters; each used to call its own
chain of functions. Now each asks this registry, so a letter made on the site, through the API
or by the CLI is checked and written the same way, and a new kind is one entry (see
docs/architecture.md, "Adding a letter kind"). No Flask; nothing written anywhere.

    from app.config import LANGUAGES as LANGS
from app.letters import registry
    kind = registry.find("partie-civile")               # by id or URL spelling; None if unknown
    registry.check("complaint", body, today)            # [] or [{field, code, message}]
    letter = registry.letter("complaint", body, today, reading_copy=False)  # LetterInputError
    doc = registry.document("complaint", body, "pdf", today)  # Document(content, media_type,
                                                              #          filename)
    doc = registry.document(..., interface_lang="en")  # the site's downloads: file name in the
                                                       # language of the reader's page

Rendering (the costly step) happens in `render_document` only, so a bounded pool or a time
limit is added around that one call.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, NamedTuple

from app.config import LANGUAGES as LANGS

from . import limits
from .action.kinds import KINDS as ACTION_KINDS
from .declare import LetterInputError, problem
from .formats import FILE_FORMATS, media_type, render
from .justice import KINDS as JUSTICE_KINDS
from .kind import DocumentKind
from .model import Letter
from .pool import RenderPool, TooCostly

# PDF, DOCX and ODT are drawn in the pool (pool.py), its processes preloaded with the renderers;
# text is a join of lines, bounded by limits.py, and stays in the calling process.
POOLED = ("pdf", "docx", "odt")
POOL = RenderPool(preload=("app.letters.formats",))


class Document(NamedTuple):
    content: bytes
    media_type: str
    filename: str


def _index(*families: tuple[DocumentKind, ...]) -> dict[str, DocumentKind]:
    found: dict[str, DocumentKind] = {}
    for kind in (k for family in families for k in family):
        if kind.id in found or set(kind.file_names) != set(LANGS) or set(
                kind.reader_names) != set(LANGS):
            raise ValueError(f"document kind {kind.id!r}: declared twice or without a file "
                             f"name per language")
        found[kind.id] = kind
    return found


# Each family of letters lists its kinds; adding a kind is one entry in its family's list.
_KINDS = _index(JUSTICE_KINDS, ACTION_KINDS)


def kinds() -> tuple[DocumentKind, ...]:
    """Every kind, in the order they were registered (the API lists them in this order)."""
    return tuple(_KINDS.values())


def find(name: str) -> DocumentKind | None:
    """The kind named by its id (partie_civile) or its URL spelling (partie-civile)."""
    if not isinstance(name, str):
        return None
    return _KINDS.get(name) or next((k for k in _KINDS.values() if k.slug == name), None)


def get(name: str) -> DocumentKind:
    kind = find(name)
    if kind is None:
        raise LookupError(f"unknown document kind: {name!r}")
    return kind


def _copy_lang(kind: DocumentKind, body: Any, reading_copy: bool) -> str | None:
    if not (reading_copy and kind.reading_copy):
        return None
    lang = body.get("reading_copy_lang") if isinstance(body, Mapping) else None
    if lang not in LANGS:
        raise LetterInputError([problem("reading_copy_lang", "no_reading_copy")])
    return lang


def check(name: str, body: Any, today: date) -> list[dict]:
    """Every problem that stops this body from making the letter ([] when none), its size
    against the bounds of limits.py included."""
    try:
        kind = get(name)
        limits.check(kind.build(kind.prepare(body, today, None), today))
    except LetterInputError as error:
        return error.errors
    return []


def letter(name: str, body: Any, today: date, *, reading_copy: bool = False) -> Letter:
    """The letter (or its reading copy) as a model; raises LetterInputError."""
    kind = get(name)
    lang = _copy_lang(kind, body, reading_copy)
    model = kind.build(kind.prepare(body, today, lang), today)
    limits.check(model)
    return model


def render_document(kind: DocumentKind, model: Letter, fmt: str,
                    interface_lang: str | None = None, copy: bool = False) -> Document:
    """The costly step: the model as a file, drawn in the pool (pool.Busy when it is full).
    Its file name is in `interface_lang` when given (see DocumentKind.file_name)."""
    if fmt in POOLED:
        try:
            content = POOL.run(render, model, fmt)
        except TooCostly:
            raise LetterInputError([problem("", "letter_too_costly")]) from None
    else:
        content = render(model, fmt)
    return Document(content, media_type(fmt), kind.file_name(model, fmt, interface_lang, copy))


def document(name: str, body: Any, fmt: str, today: date, *,
             reading_copy: bool = False, interface_lang: str | None = None) -> Document:
    """The letter as a file in `fmt` (one of FILE_FORMATS); raises LetterInputError. The file
    is named in `interface_lang` when given (the site), else in the letter's language."""
    if fmt not in FILE_FORMATS:
        raise LetterInputError([problem("format", "invalid_format")])
    kind = get(name)
    copy = reading_copy and kind.reading_copy
    return render_document(kind, letter(name, body, today, reading_copy=reading_copy), fmt,
                           interface_lang if interface_lang in LANGS else None, copy)
