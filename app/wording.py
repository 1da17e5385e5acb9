"""A capability's own wording, kept as data beside it: wording/<lang>.yaml (or, for a part of it,
wording/<part>.<lang>.yaml) with the same keys in every language (docs/conventions.md, "Wording").
The one loader of every capability's flat mappings of sentences."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.config import LANGUAGES
from app.datafiles import load_yaml


class Wording:
    """The strings of one capability, read once per language."""

    def __init__(self, directory: Path, part: str | None = None):
        self.directory = directory
        self.prefix = f"{part}." if part else ""
        self.wording = cache(self._load)

    def _load(self, lang: str) -> dict[str, str]:
        """Every string of one language; KeyError for a language the site does not speak."""
        if lang not in LANGUAGES:
            raise KeyError(lang)
        path = self.directory / f"{self.prefix}{lang}.yaml"
        data = load_yaml(path)
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise ValueError(f"{path}: expected a flat mapping of strings")
        return data

    def say(self, lang: str, key: str, **values: object) -> str:
        """One string, with its {placeholders} filled in."""
        text = self.wording(lang)[key]
        return text.format(**values) if values else text
