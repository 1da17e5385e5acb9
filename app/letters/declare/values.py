"""Declared values of a letter's body: texts, dates, booleans, choices. Each checks a value
(`clean`) and describes it (`schema`, JSON Schema for the OpenAPI document). No Flask."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..limits import MAX_LINES
from .problems import LINE_MAX, Problems


@dataclass(frozen=True, kw_only=True)
class Spec:
    """What every declared field has: a description (OpenAPI) and whether it is required."""

    description: str = ""
    required: bool = False

    def clean(self, value: Any, path: str, found: Problems) -> Any:
        raise NotImplementedError

    def schema(self, components: dict) -> dict:
        raise NotImplementedError

    def _described(self, schema: dict) -> dict:
        return {**schema, "description": self.description} if self.description else schema


@dataclass(frozen=True, kw_only=True)
class Text(Spec):
    """A string: trimmed, control characters refused, one line unless `multiline`, at most
    `limit` characters, matching `pattern` if given (else error `code`), known to `known` if
    given (else error `unknown_code`)."""

    limit: int = LINE_MAX
    multiline: bool = False
    pattern: re.Pattern | None = None
    code: str = ""
    lower: bool = False
    format: str = ""
    published_pattern: str = ""  # for the schema, when `pattern` uses flags JSON cannot say
    known: Callable[[str], bool] | None = None
    unknown_code: str = ""

    def clean(self, value, path, found) -> str:
        text = _clean_text(value, path, found, self.limit, multiline=self.multiline,
                           required=self.required)
        if text and self.pattern is not None and not self.pattern.match(text):
            found.add(path, self.code)
            return ""
        if text and self.known is not None and not self.known(text):
            found.add(path, self.unknown_code)
        return text.lower() if self.lower else text

    def schema(self, components) -> dict:
        out: dict = {"type": "string", "maxLength": self.limit}
        if self.format:
            out["format"] = self.format
        pattern = self.published_pattern
        if not pattern and self.pattern is not None and not self.pattern.flags & re.IGNORECASE:
            pattern = self.pattern.pattern
        if pattern:  # an optional field may be left empty: "" is accepted too
            out["pattern"] = pattern if self.required else f"^$|{pattern}"
        return self._described(out)


# Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) reorder what a letter
# shows without changing what it holds: a reader could see "fdp.exe" where "exe.pdf" was typed.
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _clean_text(value: Any, path: str, found: Problems, limit: int, *, multiline: bool,
                required: bool) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        found.add(path, "type")
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not value:
        if required:
            found.add(path, "required")
        return ""
    for ch in value:
        bad = unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") \
            and not (multiline and ch in "\n\t")
        if bad or ch in "\ufffe\uffff" or ch in _DIRECTION_CONTROLS:
            found.add(path, "invalid_chars")
            return ""
    if not multiline:
        value = " ".join(value.split())
    elif value.count("\n") >= MAX_LINES:  # each line is a box to lay out: bound them (limits.py)
        found.add(path, "too_many_lines")
        return ""
    if len(value) > limit:
        found.add(path, "too_long")
        return ""
    return value


@dataclass(frozen=True, kw_only=True)
class Date(Spec):
    """YYYY-MM-DD from 1900; `past`: not after today (error future_date)."""

    past: bool = False

    def clean(self, value, path, found) -> date | None:
        if value is None or value == "":
            if self.required:
                found.add(path, "required")
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        parsed = None
        if isinstance(value, str) and len(value) == 10:
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                parsed = None
        if parsed is None or parsed.year < 1900:
            found.add(path, "invalid_date" if isinstance(value, str) else "type")
            return None
        if self.past and found.today is not None and parsed > found.today:
            found.add(path, "future_date")
            return None
        return parsed

    def schema(self, components) -> dict:
        kind = "string" if self.required else ["string", "null"]
        return self._described({"type": kind, "format": "date"})


@dataclass(frozen=True, kw_only=True)
class SeenAt(Spec):
    """When something was seen: a date, or a date and time kept to the minute, as ISO text."""

    def clean(self, value, path, found) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, datetime):
            return value.replace(second=0, microsecond=0, tzinfo=None).isoformat(
                timespec="minutes")
        if isinstance(value, date):
            return value.isoformat()
        if not isinstance(value, str) or len(value) > 40:
            found.add(path, "type" if not isinstance(value, str) else "invalid_datetime")
            return ""
        try:
            if len(value) == 10:
                return date.fromisoformat(value).isoformat()
            parsed = datetime.fromisoformat(value)
        except ValueError:
            found.add(path, "invalid_datetime")
            return ""
        if parsed.year < 1900:
            found.add(path, "invalid_datetime")
            return ""
        return parsed.replace(second=0, microsecond=0, tzinfo=None).isoformat(
            timespec="minutes")

    def schema(self, components) -> dict:
        return self._described({"type": "string", "maxLength": 40})


@dataclass(frozen=True, kw_only=True)
class Bool(Spec):
    default: bool = False

    def clean(self, value, path, found) -> bool:
        if value is None:
            return self.default
        if not isinstance(value, bool):
            found.add(path, "type")
            return self.default
        return value

    def schema(self, components) -> dict:
        return self._described({"type": "boolean", "default": self.default})


@dataclass(frozen=True, kw_only=True)
class Choice(Spec):
    choices: tuple[str, ...]
    default: str | None = None

    def clean(self, value, path, found) -> str | None:
        if value is None or value == "":
            if self.required and self.default is None:
                found.add(path, "required")
            return self.default
        if not isinstance(value, str) or value not in self.choices:
            found.add(path, "invalid_choice")
            return self.default
        return value

    def schema(self, components) -> dict:
        if self.required and self.default is None:
            return self._described({"type": "string", "enum": list(self.choices)})
        if self.default is None:
            return self._described({"type": ["string", "null"],
                                    "enum": [*self.choices, None]})
        return self._described({"type": "string", "enum": list(self.choices),
                                "default": self.default})


@dataclass(frozen=True, kw_only=True)
class Free(Spec):
    """An object checked elsewhere (the qualification input): kept as a plain dict."""

    def clean(self, value, path, found) -> dict:
        if value is not None and not isinstance(value, Mapping):
            found.add(path, "type")
            return {}
        return dict(value or {})

    def schema(self, components) -> dict:
        return self._described({"type": "object"})
