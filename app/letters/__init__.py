"""Letters a victim can send: the complaint to the procureur and, later, the plainte avec
constitution de partie civile. Pure functions over data, no Flask:

    data = validate(raw)                                  # or LetterInputError(.errors)
    letter = build_complaint(data, offences, tribunal, today)
    pdf_bytes = render(letter, "pdf")                     # "pdf" | "docx" | "odt" | "txt" | "html"
"""

from .complaint import build_complaint
from .model import Exhibit, ExhibitTable, Letter, Section
from .partie_civile import build_partie_civile, filing_date

# The renderers package is imported here, before `render` below is defined: importing a package's
# submodule for the first time binds its name on the package, and `render` (the function) must
# win over `render` (the package), whatever is imported later. WeasyPrint itself stays lazy.
from .render import MEDIA_TYPES, RENDERERS  # noqa: I001
from .schema import LetterInputError, validate

FORMATS = ("pdf", "docx", "odt", "txt", "html")


def render(letter: Letter, fmt: str) -> bytes:
    """The letter as bytes in `fmt` (see FORMATS)."""
    if fmt not in RENDERERS:
        raise ValueError(f"unknown format: {fmt}")
    return RENDERERS[fmt](letter)


def media_type(fmt: str) -> str:
    return MEDIA_TYPES[fmt]


__all__ = ["FORMATS", "Exhibit", "ExhibitTable", "Letter", "LetterInputError", "Section",
           "build_complaint", "build_partie_civile", "filing_date", "media_type", "render",
           "validate"]
