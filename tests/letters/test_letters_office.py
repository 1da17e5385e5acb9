"""Filing date of the partie civile complaint, LibreOffice round trip, and rendering speed."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from app.letters import build_complaint, filing_date, render, validate
from app.letters.partie_civile import add_months

from .cases import CASES, OFFENCES, PARIS, TODAY, base
from .readback import pdf_pages, squash


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2025, 1, 15), 3, date(2025, 4, 15)),
    (date(2025, 1, 31), 3, date(2025, 4, 30)),
    (date(2023, 11, 30), 3, date(2024, 2, 29)),
    (date(2025, 11, 5), 3, date(2026, 2, 5)),
    (date(2025, 3, 1), 6, date(2025, 9, 1)),
])
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_filing_date_after_refusal_or_delay():
    first = date(2025, 1, 10)
    assert filing_date(first, None, 3) == date(2025, 4, 10)
    assert filing_date(first, date(2025, 2, 20), 3) == date(2025, 2, 20)
    assert filing_date(first, date(2025, 6, 1), 3) == date(2025, 4, 10)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_docx_and_odt(tmp_path):
    case = CASES[0]
    from .test_letters_formats import build

    letter = build(case)
    (tmp_path / "letter.docx").write_bytes(render(letter, "docx"))
    (tmp_path / "letter_odt.odt").write_bytes(render(letter, "odt"))
    out = tmp_path / "out"
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(tmp_path / "letter.docx"), str(tmp_path / "letter_odt.odt")],
        capture_output=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    for name in ("letter.pdf", "letter_odt.pdf"):
        pages = pdf_pages((out / name).read_bytes())
        text = squash("\n".join(pages))
        assert squash("Objet : plainte contre Jean Dupont") in text
        assert squash(CASES[0].must[-1]) in text
        assert squash("Bordereau des pièces jointes") in text


def test_the_benchmark_letter_is_two_pages():
    """bench/letters.py times this letter (never timed in tests): it must stay two A4 pages."""
    raw = base(author={"known": True, "name": "Jean Dupont", "accounts": ["@jdupont"],
                       "relationship": "ancien conjoint"}, partie_civile=True)
    letter = build_complaint(validate(raw), OFFENCES, PARIS, TODAY)
    assert len(pdf_pages(render(letter, "pdf"))) == 2
