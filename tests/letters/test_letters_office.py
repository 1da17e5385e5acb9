"""Filing date of the partie civile complaint, LibreOffice round trip, and rendering speed."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from app.letters import admission, build_complaint, render, validate
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
    first, today = date(2025, 1, 10), date(2025, 6, 2)
    # Three months from 10 January end on Thursday 10 April at midnight.
    assert admission("procureur", first, None, None, today).available == date(2025, 4, 11)
    assert admission("procureur", first, None, date(2025, 2, 20), today).available == \
        date(2025, 2, 20)
    assert admission("procureur", first, None, date(2025, 6, 1), today).available == \
        date(2025, 4, 11)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


# The complaint and both follow-up letters (after the delay, after a refusal), each as DOCX and
# ODT, converted in one LibreOffice run: (case id, text that must survive the conversion).
OFFICE_CASES = {
    "known_author_partie_civile": ["Objet : plainte contre Jean Dupont",
                                   "Bordereau des pièces jointes"],
    "partie_civile_after_delay": ["Madame, Monsieur le Doyen des juges d'instruction",
                                  "Un délai de 3 mois s'est écoulé", "consignation",
                                  "Copie de ma plainte reçue le 31 janvier 2025"],
    "partie_civile_after_refusal_english": ["Senior Investigating Judge",
                                            "By a notice dated 20 February 2025"],
}


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_docx_and_odt(tmp_path):
    from .cases import build

    cases = {c.id: c for c in CASES}
    sources = []
    for case_id in OFFICE_CASES:
        letter = build(cases[case_id])
        for fmt in ("docx", "odt"):
            path = tmp_path / f"{case_id}_{fmt}.{fmt}"
            path.write_bytes(render(letter, fmt))
            sources.append(str(path))
    out = tmp_path / "out"
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *sources],
        capture_output=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    for case_id, expected in OFFICE_CASES.items():
        for fmt in ("docx", "odt"):
            text = squash("\n".join(pdf_pages((out / f"{case_id}_{fmt}.pdf").read_bytes())))
            for line in [*expected, cases[case_id].must[-1]]:
                assert squash(line) in text, (case_id, fmt, line)


def test_the_benchmark_letter_is_two_pages():
    """bench/letters.py times this letter (never timed in tests): it must stay two A4 pages,
    then the "read before sending" page, which is not part of the letter."""
    raw = base(author={"known": True, "name": "Jean Dupont", "accounts": ["@jdupont"],
                       "relationship": "ancien conjoint"}, partie_civile=True)
    letter = build_complaint(validate(raw), OFFENCES, PARIS, TODAY)
    pages = pdf_pages(render(letter, "pdf"))
    assert len(pages) == 3 and pages[2].startswith("À lire avant d'envoyer")
    assert "À lire avant" not in pages[1]
