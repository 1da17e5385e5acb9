"""What a kind of letter is, for the registry (app/letters/registry.py). No Flask."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .declare import Obj
from .model import Letter


@dataclass(frozen=True)
class DocumentKind:
    """One kind of letter. `prepare(body, today, lang)` checks the body (raising
    LetterInputError with every problem) and returns what `build(prepared, today)` turns into
    a Letter; `lang` asks for the letter in another language (a reading copy). `body` declares
    what the body holds: the check and the OpenAPI schema come from it."""

    id: str
    summary: str  # one line: the CLI's help and the API operation's summary
    body: Obj
    prepare: Callable[[Any, date, str | None], Any]
    build: Callable[[Any, date], Letter]
    file_names: Mapping[str, str]  # per letter language, without the extension
    reading_copy: bool = False  # a copy in `reading_copy_lang` may be asked for

    @property
    def slug(self) -> str:
        """The spelling in URLs and CLI commands: platform-notice."""
        return self.id.replace("_", "-")

    def file_name(self, letter: Letter, fmt: str) -> str:
        return f"{self.file_names[letter.lang]}.{fmt}"
