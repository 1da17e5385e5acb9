"""One renderer per format; each exposes `render(letter) -> bytes` and writes nothing to disk."""

from . import docx, html, odt, pdf, txt

RENDERERS = {"pdf": pdf.render, "docx": docx.render, "odt": odt.render, "txt": txt.render,
             "html": html.render}
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "txt": "text/plain; charset=utf-8",
    "html": "text/html; charset=utf-8",
}

__all__ = ["MEDIA_TYPES", "RENDERERS"]
