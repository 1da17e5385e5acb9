"""A valid platform entry, variations of it, and a platforms.yaml written from entries: what the
loader tests of the platform data feed it."""

from __future__ import annotations

import copy

import yaml

VALID = {
    "id": "example", "name": "Example", "kind": "social", "route": "host", "verified": True,
    "steps": {"fr": ["Appuyez sur « Report »."], "en": ["Tap “Report”."]},
    "pick": None, "programmes": ["stopncii"], "help_url": "https://example.org/help",
    "sources": ["https://example.org/help"], "grade": "A", "checked_on": "2026-11-25",
    "note": None,
}  # fmt: skip


def write(tmp_path, entries) -> object:
    path = tmp_path / "platforms.yaml"
    path.write_text(yaml.safe_dump({"platforms": entries}, allow_unicode=True), encoding="utf-8")
    return path


def changed(**fields) -> dict:
    entry = copy.deepcopy(VALID)
    for key, value in fields.items():
        if value is ...:
            del entry[key]
        else:
            entry[key] = value
    return entry
