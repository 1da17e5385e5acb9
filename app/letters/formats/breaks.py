"""Where web addresses and fingerprints may break in a laid-out letter (PDF, DOCX, ODT): only at
safe places, never inside a word.

A zero-width space (U+200B) is the break opportunity every renderer honours (WeasyPrint, Word,
LibreOffice) without drawing anything: after the separators of an address (/ ? & = # . - _ …,
not inside "://"), inside a run of letters and digits only when it is longer than any word
(a token of an address), and between the 16-character groups of a SHA-256 fingerprint. The
text format never breaks them at all (txt.py)."""

from __future__ import annotations

import re

ZWSP = "\u200b"
ADDRESS = re.compile(r"https?://[^\s;<>\"]+", re.IGNORECASE)
FINGERPRINT = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])")
AFTER = frozenset("/?&=#.-_~+%,:@!")
TOKEN = 24  # no word of a letter is this long: a longer run is a token of an address
GROUP = 16


def address(url: str) -> str:
    """A web address with break opportunities after its separators."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    out, run = [f"{scheme}{sep}" if sep else ""], 0
    for char in rest:
        out.append(char)
        if char in AFTER:
            out.append(ZWSP)
            run = 0
        else:
            run += 1
            if run >= TOKEN:
                out.append(ZWSP)
                run = 0
    return "".join(out).rstrip(ZWSP)


def fingerprint(value: str) -> str:
    """A SHA-256 fingerprint in groups of 16 characters, breakable between groups only."""
    return ZWSP.join(value[i:i + GROUP] for i in range(0, len(value), GROUP))


def soft(text: str) -> str:
    """Any text, its web addresses and fingerprints made breakable at safe places only."""
    text = ADDRESS.sub(lambda m: address(m.group(0)), str(text))
    return FINGERPRINT.sub(lambda m: fingerprint(m.group(0)), text)
