"""What a kind of letter is, for the registry (app/letters/registry.py). No Flask."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

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
    file_names: Mapping[str, str]  # per letter language, without the extension (the API's)
    # per interface language, without the extension: what a reader of the site downloads, in
    # the language of the page they are on, whatever the letter's language; never the site's
    # name. A reading copy adds READING_COPY[interface language].
    reader_names: Mapping[str, str]
    reading_copy: bool = False  # a copy in `reading_copy_lang` may be asked for

    @property
    def slug(self) -> str:
        """The spelling in URLs and CLI commands: platform-notice."""
        return self.id.replace("_", "-")

    def file_name(self, letter: Letter, fmt: str, interface_lang: str | None = None,
                  copy: bool = False) -> str:
        """The file's name: in the interface language when one is given (the site's
        downloads), else in the letter's language (the API and the CLI)."""
        if interface_lang is None:
            return f"{self.file_names[letter.lang]}.{fmt}"
        suffix = READING_COPY[interface_lang] if copy else ""
        return f"{self.reader_names[interface_lang]}{suffix}.{fmt}"


READING_COPY = {"fr": "-copie-de-lecture", "en": "-reading-copy"}


def disposition(filename: str) -> str:
    """The Content-Disposition of a download: an ASCII `filename` every browser reads, and
    `filename*` in UTF-8 (RFC 6266) when the name holds other letters (accents)."""
    ascii_name = (unicodedata.normalize("NFKD", filename).encode("ascii", "ignore")
                  .decode("ascii").replace('"', "").replace("\\", ""))
    if ascii_name == filename:
        return f'attachment; filename="{filename}"'
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"
