"""The search pages' own wording, read from wording/fr.yaml and wording/en.yaml.

Kept as data beside the capability (docs/conventions.md): both languages side by side, and a test
checks that they have the same keys and French typography.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.datafiles import load_yaml

WORDING_DIR = Path(__file__).parent / "wording"
LANGS = ("fr", "en")


@cache
def wording(lang: str) -> dict[str, str]:
    """Every string of one language; KeyError for a language the site does not speak."""
    if lang not in LANGS:
        raise KeyError(lang)
    with open(WORDING_DIR / f"{lang}.yaml", encoding="utf-8") as f:
        data = load_yaml(f)
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ValueError(f"{lang}.yaml: expected a flat mapping of strings")
    return data


def say(lang: str, key: str, **values: object) -> str:
    """One string, with its {placeholders} filled in."""
    text = wording(lang)[key]
    return text.format(**values) if values else text
