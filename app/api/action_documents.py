"""The action-pack kinds of POST /api/v1/documents/<kind> and `flask document <kind>`: URL
spelling → builder kind, and one call that turns a raw body into a file. The letters themselves
live in app.letters.action (no Flask); this only maps names and formats."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.letters.action import KINDS, document

ACTION_KIND_PATHS = {kind.replace("_", "-"): kind for kind in KINDS}


def action_document(kind: str, body: Any, fmt: str, today: date) -> tuple[bytes, str, str]:
    """(bytes, media type, file name) for an action kind (builder spelling); raises
    LetterInputError on bad input. `fmt` is checked by the caller (FILE_FORMATS)."""
    return document(kind, body, fmt, today)
