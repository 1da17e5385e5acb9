"""Every interface string exists in both catalogues, translated and not fuzzy; the catalogues hold
every string the code and templates use."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "app" / "translations"


def catalogue(lang: str):
    with open(TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return read_po(handle, locale=lang)


def used_messages() -> set[str]:
    method_map = [("app/**.py", "python"), ("app/templates/**.html", "jinja2")]
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT, method_map=method_map, options_map={"app/templates/**.html": {}}):
        found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_catalogue_is_complete_and_not_fuzzy(lang):
    problems = []
    for message in catalogue(lang):
        if not message.id:
            continue
        if not message.string:
            problems.append(f"untranslated: {message.id!r}")
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
    assert not problems, problems


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_catalogue_holds_every_string_in_use(lang):
    held = {message.id if isinstance(message.id, str) else message.id[0]
            for message in catalogue(lang) if message.id}
    missing = used_messages() - held
    assert not missing, f"run `make translations-update`: {sorted(missing)}"


def test_french_catalogue_is_really_french():
    translated = [m for m in catalogue("fr") if m.id and m.string != m.id]
    assert len(translated) >= 0.9 * len([m for m in catalogue("fr") if m.id])
