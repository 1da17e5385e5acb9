"""Word-level comparison of a stored quotation with the text an archive holds.

Both texts are cut into words after the harmless differences are evened out (line breaks and
paragraph layout, non-breaking spaces, typographic apostrophes), so that only a change of wording
counts. A stored excerpt (one paragraph of a longer article) is compared with the stretch of the
archive text it lines up with.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

CONTEXT = 6  # words shown either side of a change


def words(text: str) -> list[str]:
    text = (text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
            .replace("\u2009", " "))
    return text.split()


@dataclass(frozen=True)
class Change:
    """One changed stretch: the words removed and the words added, with some context."""

    before: str
    after: str
    context_before: str
    context_after: str

    def rendered(self) -> str:
        parts = []
        if self.context_before:
            parts.append(f"… {self.context_before}")
        if self.before:
            parts.append(f"[-{self.before}-]")
        if self.after:
            parts.append(f"{{+{self.after}+}}")
        if self.context_after:
            parts.append(f"{self.context_after} …")
        return " ".join(parts)

    def as_dict(self) -> dict:
        return {"removed": self.before, "added": self.after,
                "context_before": self.context_before, "context_after": self.context_after,
                "rendered": self.rendered()}


def diff(stored: str, archived: str, excerpt: bool = False) -> list[Change]:
    """The changes from `stored` to `archived`, empty when the wording is the same."""
    old, new = words(stored), words(archived)
    if excerpt and old:
        new = _window(old, new)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    changes = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        changes.append(Change(
            before=" ".join(old[i1:i2]), after=" ".join(new[j1:j2]),
            context_before=" ".join(new[max(0, j1 - CONTEXT):j1]),
            context_after=" ".join(new[j2:j2 + CONTEXT])))
    return changes


def _window(old: list[str], new: list[str]) -> list[str]:
    """The stretch of `new` that the excerpt `old` lines up with (first to last matching word,
    widened to the excerpt's length when its ends were rewritten)."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return new
    first, last = blocks[0], blocks[-1]
    start = max(0, first.b - first.a)
    end = min(len(new), last.b + last.size + (len(old) - last.a - last.size))
    return new[start:end]
