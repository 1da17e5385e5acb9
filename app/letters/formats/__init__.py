"""One renderer per format, and `render(letter, fmt)`, the one place a letter becomes bytes.

Each renderer module exposes `render(letter) -> bytes` and writes nothing to disk. The
registry of document kinds (app/letters/registry.py) calls `render` below, so a bound on the
work (a process pool, a time limit) wraps this one function.
"""

from __future__ import annotations

from ..model import Letter
from . import docx, html, odt, pdf, txt

RENDERERS = {"pdf": pdf.render, "docx": docx.render, "odt": odt.render, "txt": txt.render,
             "html": html.render}
FORMATS = tuple(RENDERERS)  # "html" is the print view's source, not a download
FILE_FORMATS = ("pdf", "docx", "odt", "txt")
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "txt": "text/plain; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


def render(letter: Letter, fmt: str) -> bytes:
    """The letter as bytes in `fmt` (one of FORMATS); ValueError for another format."""
    if fmt not in RENDERERS:
        raise ValueError(f"unknown format: {fmt}")
    return RENDERERS[fmt](letter)


def media_type(fmt: str) -> str:
    return MEDIA_TYPES[fmt]


__all__ = ["FILE_FORMATS", "FORMATS", "MEDIA_TYPES", "RENDERERS", "media_type", "render"]
