"""The services pages' own wording: wording/fr.yaml and wording/en.yaml, read by app/wording.py."""

from __future__ import annotations

from pathlib import Path

from app.wording import Wording

_WORDING = Wording(Path(__file__).parent / "wording")
wording = _WORDING.wording
say = _WORDING.say
