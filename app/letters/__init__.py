"""Letters a person can send: to the justice system (the complaint to the procureur, later the
plainte avec constitution de partie civile) and the action pack (platforms, search engines,
controllers, the CNIL). Pure functions over data, no Flask, nothing written anywhere.

Every letter goes through the registry of document kinds (registry.py): check the body, build
the Letter model, render it in a format. The API, the CLI and the interview all call it:

    from app.letters import registry
    doc = registry.document("complaint", body, "pdf", today)   # or LetterInputError(.errors)

Lower-level pieces stay available for tests and benches:

    data = validate(raw)                                  # the complaint body
    letter = build_complaint(data, offences, tribunal, today)
    pdf_bytes = render(letter, "pdf")                     # "pdf" | "docx" | "odt" | "txt" | "html"
"""

from .admissible import Admission, admission
from .complaint import build_complaint
from .declare import LetterInputError
from .formats import FILE_FORMATS, FORMATS, MEDIA_TYPES, media_type, render
from .model import Exhibit, ExhibitTable, Letter, Section
from .partie_civile import build_partie_civile
from .schema import validate

__all__ = ["FILE_FORMATS", "FORMATS", "MEDIA_TYPES", "Admission", "Exhibit", "ExhibitTable",
           "Letter", "LetterInputError", "Section", "admission", "build_complaint",
           "build_partie_civile", "media_type", "render", "validate"]
