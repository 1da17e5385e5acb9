"""What a search may cost: spelling correction is bounded per query, whatever its length.

Timings live in bench/search.py; here the work is counted, not timed."""

from __future__ import annotations

import pytest

from app.search import index as index_module
from app.search.index import MAX_CORRECTIONS

UNKNOWN = ("zorvaki blentuf quasmido fretulo vimbaro skelpin draventu mortaxi glibendo tarnuvek "
           "pelvoru zindaker krumpali vostefin yarbelo quintaru selvomir drabuken fistoral "
           "norvelak")


@pytest.fixture()
def counted(app, monkeypatch):
    index = app.extensions["recours.search"]
    calls = []
    for vocab in index.vocab.values():
        original = vocab.close
        monkeypatch.setattr(vocab, "close",
                            lambda word, original=original: calls.append(word) or original(word))
    return index, calls


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_query_of_unknown_words_corrects_a_bounded_number_of_words(counted, lang):
    index, calls = counted
    assert len(UNKNOWN) <= 200 and len(UNKNOWN.split()) == 20
    result = index.search(lang, UNKNOWN)
    assert len(calls) <= MAX_CORRECTIONS, calls
    assert len(result.corrections) <= MAX_CORRECTIONS


def test_a_typo_is_still_corrected(counted):
    index, calls = counted
    result = index.search("fr", "plaite")
    assert result.corrections == {"plaite": "plainte"} and result.hits
    assert calls == ["plaite"], "corrected once, though tried with AND and then OR"


def test_the_bound_keeps_the_first_typos_of_a_query(counted):
    index, calls = counted
    typos = ["plaite", "chantge", "harcelemnt", "vengance", "mineru"]
    result = index.search("fr", " ".join(typos))
    assert calls == typos[:MAX_CORRECTIONS]
    assert set(result.corrections) <= set(typos[:MAX_CORRECTIONS])
    assert result.corrections and result.hits


def test_candidates_are_found_as_difflib_would(app):
    """rapidfuzz only narrows the candidates: the nearest words are difflib's, as before."""
    import difflib

    vocab = app.extensions["recours.search"].vocab["fr"]
    for typo in ("plaite", "harcelemnt", "deepfak", "procurer", "sextortion", "mineru"):
        matcher, scored = difflib.SequenceMatcher(b=typo, autojunk=False), []
        for word in vocab.words:
            if abs(len(word) - len(typo)) <= 2:
                matcher.set_seq1(word)
                scored.append((matcher.ratio(), word))
        best = max(score for score, _ in scored)
        expected = sorted(w for s, w in scored if s == best and s >= index_module.CUTOFF)
        assert vocab.close(typo) == expected, typo
