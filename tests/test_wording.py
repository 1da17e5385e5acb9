"""One parity test for every text of the site (docs/conventions.md, "Wording"): each wording file
beside a capability exists in every language with the same keys, and each
interface string of the catalogues is translated in every language."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from app.config import LANGUAGES, ROOT
from app.datafiles import load_yaml

APP = ROOT / "app"


def wording_parts() -> dict[str, dict[str, Path]]:
    """'services/wording/platforms' → {lang: path}, for every wording file of every capability."""
    parts: dict[str, dict[str, Path]] = {}
    for path in sorted(APP.rglob("wording/*.yaml")):
        name, _, lang = path.stem.rpartition(".")
        part = str(path.parent.relative_to(APP) / (name or "*"))
        parts.setdefault(part, {})[lang] = path
    return parts


def leaves(data, prefix: str = ""):
    """(dotted key, text) for every string of a nested mapping or list."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from leaves(value, f"{prefix}{key}.")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from leaves(value, f"{prefix}{index}.")
    else:
        yield prefix.rstrip("."), data


PARTS = wording_parts()


def test_wording_files_are_found():
    assert {"services/wording/*", "search/wording/*"} <= set(PARTS)


@pytest.mark.parametrize("part", sorted(PARTS))
def test_every_language_has_every_text(part):
    """The same keys, nested ones included, each with a text, in every language (placeholders may
    differ where a language's grammar needs it: French elides « de » before a vowel)."""
    files = PARTS[part]
    assert set(files) == set(LANGUAGES), f"{part}: languages {sorted(files)}"
    texts = {lang: dict(leaves(load_yaml(path))) for lang, path in files.items()}
    first, *others = LANGUAGES
    for lang in others:
        missing = sorted(set(texts[first]) ^ set(texts[lang]))
        assert not missing, f"{part}: keys in one language only: {missing[:10]}"
    empty = [f"{lang}: {key}" for lang in LANGUAGES for key, text in texts[lang].items()
             if isinstance(text, str) and not text.strip()
             and any(str(texts[other][key]).strip() for other in LANGUAGES)]
    assert not empty, f"{part}: empty in one language only: {empty[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_interface_string_is_translated(lang):
    path = APP / "translations" / lang / "LC_MESSAGES" / "messages.po"
    with open(path, "rb") as handle:
        catalogue = read_po(handle, locale=lang)
    problems = [f"untranslated: {m.id!r}" for m in catalogue if m.id and not m.string]
    problems += [f"fuzzy: {m.id!r}" for m in catalogue if m.id and m.fuzzy]
    assert not problems, problems
