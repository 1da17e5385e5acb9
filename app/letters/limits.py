"""How much one letter may hold: bounds on the work of drawing it, not only on the bytes sent.

What real letters need, and the bound (docs/hardening.md, "Bounded work"):
- a fact's description or the harm suffered: a few paragraphs, rarely more than 20 lines; a list
  of links or accounts: one per line, 50 at most. Bound: MAX_LINES lines per field.
- a whole complaint: 2 to 8 pages; a long chronology of harassment, 15 to 20. Bound: MAX_PAGES
  pages as laid out (estimated before drawing, from the text) and MAX_CHARS characters.
Drawing costs about 0.05 s of CPU per page, so the largest letter allowed is drawn in well under
2 s (bench/bounded.py). Over a bound: LetterInputError, which the site and the API answer 422
with a message saying what to shorten. No Flask.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from .declare.problems import LetterInputError, problem
from .model import Letter

MAX_LINES = 60          # lines per multi-line field
MAX_PAGES = 20          # pages per letter, as estimated by `pages`
MAX_CHARS = 100_000     # characters per letter, every part counted
CHARS_PER_LINE = 100    # a printed line of body text
LINES_PER_PAGE = 42     # printed lines per page, headings and spacing included


def texts(letter: Letter) -> Iterator[str]:
    """Every piece of text the letter prints."""
    yield from (letter.title, letter.place_date, letter.object_line, letter.salutation,
                letter.closing, letter.sending_mode, letter.disclaimer_heading)
    for part in (letter.sender, letter.addressee, letter.opening, letter.signature,
                 letter.notice, letter.disclaimer):
        yield from part
    for section in letter.sections:
        yield section.heading
        yield from section.paragraphs
        yield from section.items
        yield from section.after
    yield letter.exhibits.heading
    for row in letter.exhibits.rows:
        yield from (row.description, row.seen_at, row.url, row.sha256)


def printed_lines(text: str) -> int:
    return sum(max(1, math.ceil(len(line) / CHARS_PER_LINE)) for line in text.split("\n"))


def pages(letter: Letter) -> float:
    """The pages the letter will take, estimated from its text (within about 20 %)."""
    return sum(printed_lines(text) for text in texts(letter) if text) / LINES_PER_PAGE


def check(letter: Letter) -> None:
    """LetterInputError when the letter is over a bound."""
    if sum(len(text) for text in texts(letter)) > MAX_CHARS or pages(letter) > MAX_PAGES:
        raise LetterInputError([problem("", "letter_too_long")])
