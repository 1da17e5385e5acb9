"""A capability's own wording, kept as data beside it: wording/fr.yaml and wording/en.yaml with the
same keys (docs/conventions.md). One loader for every capability that keeps a flat mapping."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.datafiles import load_yaml

LANGS = ("fr", "en")


class Wording:
    """The strings of one capability, read once per language."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.wording = cache(self._load)

    def _load(self, lang: str) -> dict[str, str]:
        """Every string of one language; KeyError for a language the site does not speak."""
        if lang not in LANGS:
            raise KeyError(lang)
        data = load_yaml(self.directory / f"{lang}.yaml")
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise ValueError(f"{self.directory / lang}.yaml: expected a flat mapping of strings")
        return data

    def say(self, lang: str, key: str, **values: object) -> str:
        """One string, with its {placeholders} filled in."""
        text = self.wording(lang)[key]
        return text.format(**values) if values else text
