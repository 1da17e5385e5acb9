"""Read rendered letters back with independent libraries (pypdf, python-docx, odfdo)."""

from __future__ import annotations

import io
import zipfile

import docx
import odfdo
from pypdf import PdfReader


def squash(text: str) -> str:
    """Text without any whitespace nor the zero-width break opportunities of addresses and
    fingerprints: line wrapping differs between formats, words do not."""
    return "".join(text.replace("\u200b", "").split())


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def odt_document(data: bytes) -> odfdo.Document:
    return odfdo.Document(io.BytesIO(data))


def odt_text(data: bytes) -> str:
    return odt_document(data).get_formatted_text()


def text_of(fmt: str, data: bytes) -> str:
    if fmt == "pdf":
        return "\n".join(pdf_pages(data))
    if fmt == "docx":
        return docx_text(data)
    if fmt == "odt":
        return odt_text(data)
    return data.decode("utf-8")


def zip_names(data: bytes) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(data)).namelist()
