"""OpenDocument text (ODT) through odfdo: A4, editable in LibreOffice, real headings and lists.

Headings are text:h with an outline level and the "Heading 1/2" styles; lists use the template's
"Numbering 1" and "List 1" list styles; the footer holds page-number and page-count fields.
"""

from __future__ import annotations

from io import BytesIO

from odfdo import (
    Cell,
    Document,
    Header,
    List,
    ListItem,
    Paragraph,
    Row,
    Span,
    Style,
    Table,
    VarPageCount,
    VarPageNumber,
)

from app.config import LOCALES

from ..model import Letter
from .breaks import fingerprint, soft

LANGS = {lang: tuple(locale.split("_")) for lang, locale in LOCALES.items()}  # ("fr", "FR")


def _styles(doc: Document, lang: str) -> None:
    language, country = LANGS[lang]
    default = doc.get_style("paragraph", "Standard")
    default.set_properties({"fo:language": language, "fo:country": country,
                            "style:font-name": "Liberation Serif", "fo:font-size": "11pt"},
                           area="text")
    for name, props in (
        ("Addressee", {"fo:margin-left": "8.5cm"}),
        ("Right", {"fo:text-align": "end"}),
        ("Footer_20_Centered", {"fo:text-align": "center"}),
    ):
        style = Style("paragraph", name=name, parent_style="Standard")
        style.set_properties(props, area="paragraph")
        doc.insert_style(style)
    bold = Style("text", name="Strong", bold=True)
    doc.insert_style(bold)
    italic = Style("text", name="Emphasis", italic=True)
    doc.insert_style(italic)
    mono = Style("text", name="Fingerprint")
    mono.set_properties({"style:font-name": "Liberation Mono", "fo:font-family":
                         "'Liberation Mono'", "fo:font-size": "8pt"}, area="text")
    doc.insert_style(mono)
    apart = Style("paragraph", name="Notes_20_page", display_name="Notes page",
                  parent_style="Heading_20_2")
    apart.set_properties({"fo:break-before": "page"}, area="paragraph")
    doc.insert_style(apart)
    for name in ("Heading_20_1", "Heading_20_2"):
        heading = doc.get_style("paragraph", name)
        if heading is not None:
            heading.set_properties({"fo:font-size": "12pt" if name.endswith("1") else "11pt",
                                    "fo:font-weight": "bold", "fo:color": "#000000",
                                    "style:font-name": "Liberation Serif"}, area="text")


def _footer(doc: Document) -> None:
    footer = Paragraph(style="Footer_20_Centered")
    footer.append(VarPageNumber())
    footer.append(" / ")
    footer.append(VarPageCount())
    doc.get_style("master-page", "Standard").set_page_footer(footer)


def _table(letter: Letter) -> Table:
    ex = letter.exhibits
    table = Table("Exhibits", width=5, height=0)
    header = Row()
    for label in ex.columns:
        cell = Cell()
        cell.clear()
        cell.append(Paragraph(label))
        header.append(cell)
    table.append(header)
    for row in ex.rows:
        line = Row()
        for n, value in enumerate((str(row.number), row.description, row.seen_at,
                                   soft(row.url), fingerprint(row.sha256))):
            cell = Cell()
            cell.clear()
            if n == 4 and value:
                para = Paragraph()
                para.append(Span(value, style="Fingerprint"))
                cell.append(para)
            else:
                cell.append(Paragraph(value, formatted=False))
            line.append(cell)
        table.append(line)
    return table


def render(letter: Letter) -> bytes:
    doc = Document("text")
    _styles(doc, letter.lang)
    _footer(doc)
    doc.meta.set_title(letter.title)
    doc.meta.set_language("-".join(LANGS[letter.lang]))
    body = doc.body
    body.clear()
    for line in letter.notice:
        para = Paragraph(style="Standard")
        para.append(Span(line, style="Strong"))
        body.append(para)
    for line in letter.sender:
        body.append(Paragraph(line, style="Standard", formatted=False))
    for line in letter.addressee:
        body.append(Paragraph(line, style="Addressee", formatted=False))
    body.append(Paragraph(letter.place_date, style="Right", formatted=False))
    if letter.sending_mode:
        para = Paragraph(style="Standard")
        para.append(Span(letter.sending_mode, style="Emphasis"))
        body.append(para)
    body.append(Header(1, letter.object_line, style="Heading_20_1", formatted=False))
    body.append(Paragraph(letter.salutation, style="Text_20_body", formatted=False))
    for para in letter.opening:
        body.append(Paragraph(para, style="Text_20_body", formatted=False))
    for section in letter.sections:
        body.append(Header(2, section.heading, style="Heading_20_2", formatted=False))
        for para in section.paragraphs:
            body.append(Paragraph(soft(para), style="Text_20_body"))
        if section.items:
            items = List(style="Numbering_20_1" if section.numbered else "List_20_1")
            for item in section.items:
                items.append(ListItem(Paragraph(soft(item), style="Text_20_body")))
            body.append(items)
        for para in section.after:
            body.append(Paragraph(soft(para), style="Text_20_body"))
    body.append(Paragraph(letter.closing, style="Text_20_body", formatted=False))
    for line in letter.signature:
        body.append(Paragraph(line, style="Addressee", formatted=False))
    body.append(Header(2, letter.exhibits.heading, style="Heading_20_2", formatted=False))
    if letter.exhibits.rows:
        body.append(_table(letter))
    else:
        body.append(Paragraph(letter.exhibits.empty, style="Text_20_body", formatted=False))
    if letter.disclaimer:  # a page of its own: not part of the letter
        heading = Header(2, letter.disclaimer_heading, formatted=False)
        heading.set_attribute("text:style-name", "Notes_20_page")
        body.append(heading)
        for para in letter.disclaimer:
            body.append(Paragraph(soft(para), style="Text_20_body", formatted=False))
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
