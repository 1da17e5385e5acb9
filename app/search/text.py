"""Words as the index sees them: split, accent-folded, lower-cased, stemmed per language.

Folding comes before stemming, on the pages and on the query alike, so "harcèlement",
"harcelement" and "HARCÈLEMENTS" all reach the same stem. No Flask here.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

STEMMER_NAMES = {"fr": "french", "en": "english"}
# A word: letters and digits; apostrophes and hyphens split words ("l'image" → "l", "image").
WORD = re.compile(r"[^\W_]+")
# A query group: words joined by hyphens are searched as a phrase ("226-8-1", "porte-plainte").
GROUP = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"})

# Words too common to help a search; dropped from queries unless nothing else is left.
STOP_WORDS = {
    "fr": frozenset(str.split(
        'a au aux avec ce ces d dans de des du elle en est et il je j l la le les leur '
        'lui m ma mais me mes mon n ne nous on ou par pas pour qu que qui s sa se ses son '
        'sur t ta te tes toi ton tu un une vos votre vous y c comment quoi quand faire '
        'faut etre'
    )),
    "en": frozenset(str.split(
        'a an and are as at be by can do does for from how i if in is it me my of on or '
        'our so that the their them there this to was we what when where who will with '
        'you your should'
    )),
}

_local = threading.local()


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case without accents or ligatures: "Œuvre" → "oeuvre", "plaîte" → "plaite"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(LIGATURES)


def _stemmer(lang: str):
    """One stemmer per thread and language: the C stemmer keeps state between calls."""
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if lang not in stemmers:
        stemmers[lang] = snowballstemmer.stemmer(STEMMER_NAMES[lang])
    return stemmers[lang]


@lru_cache(maxsize=65536)
def stem(lang: str, folded: str) -> str:
    """The stem of an already folded word; numbers are kept as they are."""
    if folded.isdigit():
        return folded
    return _stemmer(lang).stemWord(folded)


def words(text: str) -> list[str]:
    return WORD.findall(text)


@lru_cache(maxsize=65536)
def term(lang: str, word: str) -> str:
    """A word as written on a page or in a query, as the index stores it."""
    return stem(lang, fold(word))


def stems(lang: str, text: str) -> list[str]:
    """Every word of `text` folded and stemmed, in order."""
    return [term(lang, word) for word in WORD.findall(text)]


def query_groups(lang: str, query: str) -> list[list[str]]:
    """The query as groups of folded words; a group of several words is a phrase.

    Stop words are dropped unless the query has nothing else.
    """
    groups = [[fold(w) for w in WORD.findall(group)] for group in GROUP.findall(query)]
    useful = [g for g in groups if len(g) > 1 or g[0] not in STOP_WORDS[lang]]
    return useful or groups
