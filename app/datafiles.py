"""YAML for the project's data files, parsed with libyaml when present (several times faster at
start-up than the pure-Python parser; same safe subset, same types)."""

from __future__ import annotations

from pathlib import Path

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source):
    """Parse YAML from text, an open file, or the file at `source` when it is a Path."""
    text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 — SafeLoader: the safe subset only
