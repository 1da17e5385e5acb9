"""A short passage of a page around the searched words, with those words in <mark>.

Pages are split into words once, at start-up, keeping each word's stem, so an excerpt costs set
look-ups, not a second pass of the stemmer.
"""

from __future__ import annotations

from bisect import bisect_left

from markupsafe import Markup, escape

from app.search.text import WORD, fold, term

BEFORE, AFTER = 6, 26  # words of context around the first matched word
MARK, END_MARK = Markup("<mark>"), Markup("</mark>")


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
        self._places: dict[str, list[int]] | None = None
        self._distinct: list[str] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:  # computed for pages that turn up in results only
            self._spans = [m.span() for m in WORD.finditer(self.text)]
        return self._spans

    @property
    def places(self) -> dict[str, list[int]]:
        """Each stem → the positions where it stands, in order (for pages in results only)."""
        if self._places is None:
            places: dict[str, list[int]] = {}
            for i, stem_value in enumerate(self.stems):
                places.setdefault(stem_value, []).append(i)
            self._places = places
            self._distinct = sorted(places)
        return self._places

    def matching(self, wanted: set[str], prefixes: tuple[str, ...]) -> list[int]:
        """Positions of the words whose stem is wanted or begins with a wanted prefix, in order."""
        places, hits = self.places, set()
        for stem_value in wanted:
            hits.update(places.get(stem_value, ()))
        distinct = self._distinct
        for prefix in prefixes:
            at = bisect_left(distinct, prefix)
            while at < len(distinct) and distinct[at].startswith(prefix):
                hits.update(places[distinct[at]])
                at += 1
        return sorted(hits)


def excerpt(tokens: Tokens, wanted: set[str]) -> Markup | None:
    """About 30 words around the densest group of searched words; None when none is on the page.

    The page's words are looked up by stem (`Tokens.places`), not scanned one by one, so the cost
    follows the matches, not the length of the page."""
    found = tokens.matching(wanted, tuple(s for s in wanted if len(s) >= 4))
    if not found:
        return None
    best, best_count = found[0], 0
    for k, i in enumerate(found):
        window = found[k:bisect_left(found, i + AFTER, lo=k)]
        count = len({tokens.stems[j] for j in window})
        if count > best_count:
            best, best_count = i, count
    first, last = max(0, best - BEFORE), min(len(tokens.stems) - 1, best + AFTER)
    spans = tokens.spans
    end = spans[last][1]
    parts = [Markup("…") if first else Markup("")]
    cursor = spans[first][0]
    for i in found[bisect_left(found, first):bisect_left(found, last + 1)]:
        begin, finish = spans[i]
        parts += (escape(tokens.text[cursor:begin]), MARK, escape(tokens.text[begin:finish]),
                  END_MARK)
        cursor = finish
    parts.append(escape(tokens.text[cursor:end]))
    parts.append(Markup("…") if end < len(tokens.text) else Markup(""))
    return Markup("").join(parts)
