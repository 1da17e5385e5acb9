"""What checking a letter's body finds: every problem at once, as {field, code, message{fr,en}}.
No Flask."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..messages import message

NAME_MAX = 100
LINE_MAX = 300
TEXT_MAX = 5000
URL_MAX = 2000
LIST_MAX = 50


class LetterInputError(ValueError):
    """The input cannot make a letter; `errors` lists every problem found."""

    def __init__(self, errors: list[dict[str, Any]]):
        self.errors = errors
        super().__init__("; ".join(f"{e['field']}: {e['code']}" for e in errors))


def problem(field_name: str, code: str) -> dict:
    """One error, with its message in both languages."""
    return {"field": field_name, "code": code, "message": message(code)}


class Problems:
    """The errors found while checking a body, and what some checks need to know (today)."""

    def __init__(self, today: date | None = None):
        self.items: list[dict[str, Any]] = []
        self.today = today

    def add(self, field_name: str, code: str) -> None:
        self.items.append(problem(field_name, code))

    def at(self, field_name: str) -> bool:
        """Is there already a problem with this field?"""
        return any(item["field"] == field_name for item in self.items)


def child(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
