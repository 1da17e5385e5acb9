"""Every case rendered in every format and read back: the required elements are there, in order."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from app.letters import FORMATS, build_complaint, render, validate

from .cases import CASES, TODAY, Case, build
from .readback import odt_document, pdf_pages, squash, text_of, zip_names

_RENDERED: dict[tuple[str, str], bytes] = {}


def rendered(case: Case, fmt: str) -> bytes:
    key = (case.id, fmt)
    if key not in _RENDERED:
        _RENDERED[key] = render(build(case), fmt)
    return _RENDERED[key]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_required_elements_read_back(case, fmt):
    text = squash(text_of(fmt, rendered(case, fmt)))
    if fmt == "html":
        text = squash(re.sub(r"<[^>]+>", " ", text_of(fmt, rendered(case, fmt))))
        text = text.replace("&#39;", "'").replace("&amp;", "&").replace("&#34;", '"')
    missing = [m for m in case.must if squash(m) not in text]
    assert not missing, f"{case.id}/{fmt} lacks {missing}"
    present = [m for m in case.must_not if squash(m) in text]
    assert not present, f"{case.id}/{fmt} should not contain {present}"
    positions = [text.find(squash(m)) for m in case.order]
    assert -1 not in positions and positions == sorted(positions), (case.id, fmt, positions)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_pdf_is_a4_numbered_tagged_with_embedded_system_fonts(case):
    data = rendered(case, "pdf")
    reader = PdfReader(io.BytesIO(data))
    pages = pdf_pages(data)
    for n, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        assert abs(float(box.width) - 595.28) < 1 and abs(float(box.height) - 841.89) < 1
        assert f"{n} / {len(pages)}" in pages[n - 1]
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert str(root["/Lang"]).startswith(case.raw.get("letter_lang", "fr"))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor  # embedded
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts and all(f.startswith(("Liberation", "DejaVu")) for f in fonts), fonts


def test_two_page_complaint_has_two_numbered_pages():
    pages = pdf_pages(rendered(CASES[0], "pdf"))
    assert len(pages) >= 2
    assert "1 / " in pages[0] and f"{len(pages)} / {len(pages)}" in pages[-1]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_docx_structure(case):
    import docx

    document = docx.Document(io.BytesIO(rendered(case, "docx")))
    section = document.sections[0]
    assert abs(section.page_width.cm - 21) < 0.05 and abs(section.page_height.cm - 29.7) < 0.05
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    h1 = [t for s, t in styles if s == "Heading 1"]
    assert len(h1) == 1 and h1[0].startswith(("Objet", "Subject"))
    h2 = [t for s, t in styles if s == "Heading 2"]
    assert any(t in ("Exposé des faits", "Statement of facts") for t in h2)
    numbered = [t for s, t in styles if s == "List Number"]
    assert len(numbered) == len(case.raw["facts"])
    bullets = [t for s, t in styles if s == "List Bullet"]
    listed = [item for section in build(case).sections if not section.numbered
              for item in section.items]  # the offences, and the complaint's requests
    assert bullets == listed and len(listed) >= len(case.offences)
    rows = build(case).exhibits.rows
    if rows:
        assert len(document.tables) == 1 and len(document.tables[0].rows) == len(rows) + 1
    footer_xml = section.footer._element.xml
    assert 'w:instr="PAGE"' in footer_xml and 'w:instr="NUMPAGES"' in footer_xml


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_odt_structure(case):
    data = rendered(case, "odt")
    assert "content.xml" in zip_names(data)
    document = odt_document(data)
    headers = document.body.get_headers()
    levels = [(h.get_attribute("text:outline-level"), h.text_recursive) for h in headers]
    assert [t for lvl, t in levels if str(lvl) == "1"][0].startswith(("Objet", "Subject"))
    assert any(t in ("Exposé des faits", "Statement of facts") for lvl, t in levels)
    lists = document.body.get_lists()
    facts_list = [lst for lst in lists if lst.get_attribute("text:style-name") == "Numbering_20_1"]
    assert len(facts_list) == 1
    assert len(facts_list[0].get_elements("text:list-item")) == len(case.raw["facts"])
    styles = document.styles.serialize()
    styles = styles.decode() if isinstance(styles, bytes) else styles
    assert 'fo:page-width="20.999cm"' in styles and 'fo:page-height="29.699cm"' in styles
    assert "text:page-number" in styles and "text:page-count" in styles


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_txt_is_plain_utf8(case):
    text = rendered(case, "txt").decode("utf-8")
    assert all(len(line) <= 78 or "http" in line or re.search(r"[0-9a-f]{64}", line)
               for line in text.splitlines())


def test_user_text_is_never_markup():
    raw = CASES[1].raw | {"harm": "<script>alert(1)</script> & <b>gras</b>"}
    letter = build_complaint(validate(raw), [], None, TODAY)
    page = render(letter, "html").decode()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" in render(letter, "txt").decode()
