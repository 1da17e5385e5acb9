"""Word (DOCX) through python-docx: A4, editable, real heading and list styles.

The person will edit and sign this file, so structure is carried by styles (Heading 1/2,
List Number/List Bullet, a table with a repeated header row), not by direct formatting. The page
footer holds PAGE / NUMPAGES fields ("1 / 2").
"""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from app.config import LOCALES

from ..model import Letter
from .breaks import fingerprint, soft

FONT = "Liberation Serif"
MONO = "Liberation Mono"
LANGS = {lang: locale.replace("_", "-") for lang, locale in LOCALES.items()}  # "fr-FR"


def _setup_styles(doc, lang: str) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:eastAsia"), FONT)
    lang_el = OxmlElement("w:lang")
    lang_el.set(qn("w:val"), LANGS[lang])
    rpr.append(lang_el)
    for name, size in (("Heading 1", 12), ("Heading 2", 11)):
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(4)


def _page(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin"):
        setattr(section, side, Cm(2))
    section.bottom_margin = Cm(2.2)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for n, instr in enumerate(("PAGE", "NUMPAGES")):
        if n:
            footer.add_run(" / ")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instr)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        footer._p.append(field)


def _para(doc, text: str = "", style_id: str | None = None):
    """Add a paragraph; the style is set by id because python-docx's lookup by name scans
    every style of the template each time (most of the rendering time)."""
    p = doc.add_paragraph(soft(text) if text else text)
    if style_id:
        p._p.style = style_id
    return p


def _lines(doc, lines, indent_cm: float = 0, align=None) -> None:
    for line in lines:
        p = _para(doc, line)
        p.paragraph_format.space_after = Pt(0)
        if indent_cm:
            p.paragraph_format.left_indent = Cm(indent_cm)
        if align is not None:
            p.alignment = align
    _para(doc)


def _table(doc, letter: Letter) -> None:
    ex = letter.exhibits
    table = doc.add_table(rows=1, cols=5)
    table._tbl.tblPr.style = "TableGrid"
    table.autofit = False
    for column, width in zip(table.columns, (1.0, 5.0, 2.8, 4.2, 4.0), strict=True):
        column.width = Cm(width)
    header = table.rows[0]
    trpr = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    trpr.append(repeat)
    for cell, label in zip(header.cells, ex.columns, strict=True):
        cell.paragraphs[0].add_run(label).bold = True
    for row in ex.rows:
        cells = table.add_row().cells
        values = (str(row.number), row.description, row.seen_at, soft(row.url),
                  fingerprint(row.sha256))
        for n, (cell, value) in enumerate(zip(cells, values, strict=True)):
            run = cell.paragraphs[0].add_run(value)
            run.font.size = Pt(8 if n >= 3 else 9)
            if n == 4:
                run.font.name = MONO


def render(letter: Letter) -> bytes:
    doc = Document()
    _setup_styles(doc, letter.lang)
    _page(doc)
    doc.core_properties.title = letter.title
    doc.core_properties.language = LANGS[letter.lang]
    for line in letter.notice:
        _para(doc).add_run(line).bold = True
    _lines(doc, letter.sender)
    _lines(doc, letter.addressee, indent_cm=8.5)
    _para(doc, letter.place_date).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if letter.sending_mode:
        _para(doc).add_run(letter.sending_mode).italic = True
    _para(doc, letter.object_line, "Heading1")
    _para(doc, letter.salutation)
    for para in letter.opening:
        _para(doc, para)
    for section in letter.sections:
        _para(doc, section.heading, "Heading2")
        for para in section.paragraphs:
            _para(doc, para)
        style = "ListNumber" if section.numbered else "ListBullet"
        for item in section.items:
            _para(doc, item, style)
        for para in section.after:
            _para(doc, para)
    _para(doc, letter.closing)
    _lines(doc, letter.signature, indent_cm=8.5)
    _para(doc, letter.exhibits.heading, "Heading2")
    if letter.exhibits.rows:
        _table(doc, letter)
    else:
        _para(doc, letter.exhibits.empty)
    if letter.disclaimer:  # a page of its own: not part of the letter
        doc.add_page_break()
        _para(doc, letter.disclaimer_heading, "Heading2")
        for para in letter.disclaimer:
            _para(doc, para)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
