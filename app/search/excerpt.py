"""A short passage of a page around the searched words, with those words in <mark>.

Pages are split into words once, at start-up, keeping each word's stem, so an excerpt costs set
look-ups, not a second pass of the stemmer.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from app.search.text import WORD, fold, term

BEFORE, AFTER = 6, 26  # words of context around the first matched word


class Tokens:
    """The words of one text: their stems in order, the vocabulary, and (on first need) their
    places in the text."""

    def __init__(self, lang: str, text: str):
        raw = WORD.findall(text)
        by_raw = {word: term(lang, word) for word in set(raw)}
        self.text = text
        self.stems = [by_raw[word] for word in raw]
        self.vocabulary = {fold(word): value for word, value in by_raw.items()}
        self._spans: list[tuple[int, int]] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:  # computed for pages that turn up in results only
            self._spans = [m.span() for m in WORD.finditer(self.text)]
        return self._spans


def matches(stem_value: str, wanted: set[str], prefixes: tuple[str, ...]) -> bool:
    return stem_value in wanted or (bool(prefixes) and stem_value.startswith(prefixes))


def excerpt(tokens: Tokens, wanted: set[str]) -> Markup | None:
    """About 30 words around the densest group of searched words; None when none is on the page."""
    prefixes = tuple(s for s in wanted if len(s) >= 4)
    found = [i for i, s in enumerate(tokens.stems) if matches(s, wanted, prefixes)]
    if not found:
        return None
    best, best_count = found[0], 0
    for i in found:
        count = len({tokens.stems[j] for j in found if i <= j < i + AFTER})
        if count > best_count:
            best, best_count = i, count
    first, last = max(0, best - BEFORE), min(len(tokens.stems) - 1, best + AFTER)
    spans = tokens.spans
    end = spans[last][1]
    parts = [Markup("…") if first else Markup("")]
    cursor = spans[first][0]
    for i in range(first, last + 1):
        begin, finish = spans[i]
        parts.append(escape(tokens.text[cursor:begin]))
        word = tokens.text[begin:finish]
        parts.append(Markup("<mark>{}</mark>").format(word) if matches(
            tokens.stems[i], wanted, prefixes) else escape(word))
        cursor = finish
    parts.append(Markup("…") if end < len(tokens.text) else Markup(""))
    return Markup("").join(parts)
