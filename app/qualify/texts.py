"""Every sentence the engine writes, kept apart from the rules: app/qualify/wording/<lang>.yaml,
read by app/wording.py (docs/conventions.md, "Wording").

No penalty, time limit or date of a legal change is typed there: those come from the law data and
are passed in as placeholders (dates are written for the language here, amounts by
app/formats.py). A test checks every language has every sentence.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.formats import long_date
from app.wording import Wording

_WORDING = Wording(Path(__file__).parent / "wording")


def say(lang: str, key: str, **values) -> str:
    """The text `key` in `lang`, with dates formatted for that language."""
    shown = {k: long_date(v, lang) if isinstance(v, date) else v for k, v in values.items()}
    return _WORDING.wording(lang)[key].format(**shown).strip()


def sentences(lang: str) -> dict[str, str]:
    """Every sentence of one language, by key (for tests and tools)."""
    return _WORDING.wording(lang)
