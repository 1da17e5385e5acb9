"""Plain text: readable anywhere, easy to paste into an e-mail or a form.

Lines are wrapped at 78 characters, but web addresses and fingerprints are never broken: a
broken URL no longer points to the evidence.
"""

from __future__ import annotations

import textwrap

from ..model import Letter

WIDTH = 78


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    lines: list[str] = []
    for n, part in enumerate(text.split("\n")):
        lead = first if (first is not None and n == 0) else indent
        lines.extend(textwrap.wrap(part, WIDTH, initial_indent=lead, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False) or [lead])
    return lines


def _block(lines: tuple[str, ...]) -> list[str]:
    """Addressee and signature sit in the right half, as on paper."""
    out: list[str] = []
    for line in lines:
        out += _wrap(line, " " * 30)
    return out


def _heading(text: str) -> list[str]:
    return ["", text, "-" * min(len(text), WIDTH), ""]


def render_text(letter: Letter) -> str:
    out: list[str] = []
    for line in letter.notice:
        out += _wrap(line) + [""]
    out += list(letter.sender) + [""]
    out += _block(letter.addressee) + [""]
    out += [letter.place_date, ""]
    if letter.sending_mode:
        out += [letter.sending_mode]
    out += _wrap(letter.object_line) + ["", letter.salutation, ""]
    for para in letter.opening:
        out += _wrap(para) + [""]
    for section in letter.sections:
        out += _heading(section.heading)
        for para in section.paragraphs:
            out += _wrap(para) + [""]
        for n, item in enumerate(section.items, start=1):
            mark = f"{n}. " if section.numbered else "- "
            out += _wrap(item, " " * len(mark), mark)
        if section.items:
            out += [""]
        for para in section.after:
            out += _wrap(para) + [""]
    out += _wrap(letter.closing) + [""]
    out += _block(letter.signature)
    table = letter.exhibits
    out += _heading(table.heading)
    if not table.rows:
        out += [table.empty]
    for row in table.rows:
        out += _wrap(f"{table.columns[0]} {row.number}. {row.description}", "    ", "")
        for label, value in zip(table.columns[2:], (row.seen_at, row.url, row.sha256),
                                strict=True):
            if value:
                out += [f"    {label}\u00a0: {value}" if letter.lang == "fr" else
                        f"    {label}: {value}"]
        out += [""]
    if letter.disclaimer:  # apart from the letter, after a cut line
        out += ["", "=" * WIDTH, ""]
        out += _heading(letter.disclaimer_heading)
        for para in letter.disclaimer:
            out += _wrap(para) + [""]
    return "\n".join(line.rstrip() for line in out).strip() + "\n"


def render(letter: Letter) -> bytes:
    return render_text(letter).encode("utf-8")
