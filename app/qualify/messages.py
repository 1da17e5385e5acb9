"""The validation messages of the qualification input (facts.py), every language at once: the
API gives each error as {lang: text}. Their words are in wording/messages.<lang>.yaml."""

from __future__ import annotations

from pathlib import Path

from app.config import LANGUAGES
from app.wording import Wording

_WORDING = Wording(Path(__file__).parent / "wording", part="messages")


def message(code: str, **values: object) -> dict[str, str]:
    """The message `code` in every language, its {placeholders} filled in."""
    return {lang: _WORDING.wording(lang)[code].format(**values) for lang in LANGUAGES}


def codes() -> tuple[str, ...]:
    return tuple(_WORDING.wording(LANGUAGES[0]))
