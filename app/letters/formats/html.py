"""HTML of a letter: the source of the PDF and the page behind the site's print view.

Jinja2 with autoescaping, no Flask: what the user typed can never become markup.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from ..model import Letter
from .breaks import fingerprint, soft

TEMPLATES = Path(__file__).parent / "templates"


def _lines(text: str) -> Markup:
    """Keep the line breaks of a multi-line text (e.g. a fact's URLs) as <br>; addresses and
    fingerprints break at safe places only (breaks.py)."""
    return Markup("<br>").join(escape(soft(part)) for part in str(text).split("\n"))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["lines"] = _lines
    env.filters["fingerprint"] = fingerprint
    return env


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The letter's CSS (A4 page, page numbers, system fonts)."""
    return (TEMPLATES / "letter.css").read_text(encoding="utf-8")


def render_html(letter: Letter, *, inline_css: bool = True) -> str:
    """A complete HTML document; `inline_css=False` leaves styling to the caller (the PDF)."""
    template = _environment().get_template("letter.html")
    return template.render(letter=letter, inline_css=stylesheet() if inline_css else "")


def render(letter: Letter) -> bytes:
    return render_html(letter).encode("utf-8")
