"""The search index: SQLite FTS5 in memory, built once at start-up from every rendered page
(app.search.documents: content pages, tools, directories, one page per platform).

Pages are stored pre-stemmed (app.search.text), one table per language, with the title and the
synonyms weighted above the summary and the body. The database is built once, serialised to bytes,
and each worker thread opens its own copy on first use (no connection crosses a fork or a thread).
A query the index does not know is retried in the other language, then with close spellings, then
with any of its words: a search never fails for want of an exact word. Spelling correction is the
costly part (each unknown word is compared with the known words of about its length), so at most
MAX_CORRECTIONS words of a query are corrected, once per language, whatever the query's length:
200 characters of words no page holds cost about what a typo does (bench/search.py).
"""

from __future__ import annotations

import difflib
import os
import sqlite3
import threading
from bisect import bisect_left
from dataclasses import dataclass, field

from markupsafe import Markup
from rapidfuzz import fuzz, process

from app.config import LANGUAGES as LANGS
from app.search.documents import Document
from app.search.excerpt import Tokens, excerpt
from app.search.text import query_groups, term

COLUMNS = ("title", "synonyms", "summary", "body")
WEIGHTS = (10.0, 8.0, 3.0, 1.0)
LIMIT = 20
CUTOFF = 0.75  # difflib ratio: "plaite" → "plainte" is 0.92
MAX_CORRECTIONS = 3  # unknown words corrected per query: a typo or two, never a page of junk


@dataclass(frozen=True)
class Hit:
    page: Document
    excerpt: Markup | None


@dataclass(frozen=True)
class Result:
    hits: list[Hit]
    lang: str  # the language whose pages matched (hits are always in the asked language)
    corrections: dict[str, str] = field(default_factory=dict)  # typed word → word searched


class Vocabulary:
    """Every stem and every folded word of one language, for "is this word known?" and typos."""

    def __init__(self, words: dict[str, str]):
        self.by_word = words
        self.words = sorted(words)
        self.stem_set = frozenset(words.values())

    def known(self, word: str, stem: str) -> bool:
        """True when a page holds this stem, or (4 letters or more) a word that this one begins."""
        if stem in self.stem_set:
            return True
        at = bisect_left(self.words, word)
        return len(word) >= 4 and at < len(self.words) and self.words[at].startswith(word)

    def close(self, word: str) -> list[str]:
        """The known words nearest in spelling (all those as near as the nearest one).

        Nearness is difflib's ratio, as always; rapidfuzz only picks the candidates first, in C:
        its ratio counts the longest common subsequence, never fewer letters than difflib's
        matching blocks, so its cut keeps every word difflib would keep (and few others)."""
        found = process.extract(word, self.words, scorer=fuzz.ratio, limit=None,
                                score_cutoff=CUTOFF * 100 - 1e-6)
        matcher, scored = difflib.SequenceMatcher(b=word, autojunk=False), []
        for candidate, _score, _at in found:
            if abs(len(candidate) - len(word)) <= 2:
                matcher.set_seq1(candidate)
                scored.append((matcher.ratio(), candidate))
        best = max((score for score, _ in scored), default=0.0)
        return sorted(c for score, c in scored if score >= CUTOFF and score == best)


class SearchIndex:
    def __init__(self, pages: list[Document]):
        self.pages = {lang: [p for p in pages if p.lang == lang] for lang in LANGS}
        self.twins = {(p.lang, p.key): p for p in pages}
        self.tokens: dict[tuple[str, str], Tokens] = {}
        self.vocab: dict[str, Vocabulary] = {}
        db = sqlite3.connect(":memory:")
        for lang in LANGS:
            words: dict[str, str] = {}
            db.execute(f"CREATE VIRTUAL TABLE docs_{lang} USING fts5({', '.join(COLUMNS)}, "
                       "tokenize='unicode61 remove_diacritics 2')")
            rows = []
            for rowid, page in enumerate(self.pages[lang]):
                fields = [Tokens(lang, value) for value in (
                    page.title, " ".join(page.synonyms), page.summary, page.text)]
                self.tokens[(lang, page.key)] = fields[-1]
                for tokens in fields:
                    words.update(tokens.vocabulary)
                rows.append((rowid, *(" ".join(tokens.stems) for tokens in fields)))
            db.executemany(f"INSERT INTO docs_{lang}(rowid, {', '.join(COLUMNS)}) "  # noqa: S608
                           "VALUES (?, ?, ?, ?, ?)", rows)
            self.vocab[lang] = Vocabulary(words)
        db.commit()
        self.image = db.serialize()
        db.close()
        self._local = threading.local()

    def connection(self) -> sqlite3.Connection:
        """This thread's own copy of the database (rebuilt after a fork)."""
        pid = os.getpid()
        if getattr(self._local, "pid", None) != pid:
            db = sqlite3.connect(":memory:", check_same_thread=False)
            db.deserialize(self.image)
            self._local.db, self._local.pid = db, pid
        return self._local.db

    def _match(self, lang: str, expression: str) -> list[int]:
        if lang not in LANGS:
            raise KeyError(lang)
        # Table names come from LANGS only; the user's words travel as a bound parameter.
        sql = (f"SELECT rowid FROM docs_{lang} WHERE docs_{lang} MATCH ? "  # noqa: S608
               f"ORDER BY bm25(docs_{lang}, {', '.join(map(str, WEIGHTS))}) LIMIT {LIMIT}")
        try:
            return [row[0] for row in self.connection().execute(sql, (expression,))]
        except sqlite3.OperationalError:  # an expression FTS5 cannot read matches nothing
            return []

    def _groups(self, lang: str, groups: list[list[str]], correct: bool):
        """Each query group as alternatives of stem phrases, the corrections made, and whether
        every word is, as typed, a word of this language's pages."""
        vocab, out, corrections = self.vocab[lang], [], {}
        all_exact = all(w in vocab.by_word for group in groups for w in group)
        budget = MAX_CORRECTIONS if correct else 0
        for group in groups:
            phrase = [term(lang, w) for w in group]
            if all(vocab.known(w, s) for w, s in zip(group, phrase, strict=True)):
                out.append([phrase])
                continue
            close = []
            if budget and len(group) == 1 and len(group[0]) >= 4 and group[0].isalpha():
                budget -= 1
                close = vocab.close(group[0])
            if close:
                corrections[group[0]] = close[0]
                out.append(list(dict.fromkeys((vocab.by_word[w],) for w in close)))
            else:
                out.append([phrase])
        return out, corrections, all_exact

    @staticmethod
    def _expression(groups, operator: str) -> str:
        def alternative(phrase) -> str:
            quoted = '"' + " ".join(s.replace('"', '""') for s in phrase) + '"'
            return quoted + "*" if len(phrase) == 1 and len(phrase[0]) >= 4 else quoted

        parts = ["(" + " OR ".join(alternative(list(p)) for p in alts) + ")" for alts in groups]
        return f" {operator} ".join(parts)

    def search(self, lang: str, query: str) -> Result:
        """Pages of `lang` matching `query`, best first, each with a marked excerpt."""
        other = "en" if lang == "fr" else "fr"
        plan = [(lang, False, "AND"), (other, False, "AND"), (lang, True, "AND"),
                (lang, True, "OR")]
        read: dict[tuple[str, bool], tuple] = {}  # the AND and OR tries share one correction
        for index_lang, correct, operator in plan:
            raw = query_groups(index_lang, query)
            if not raw or (operator == "OR" and len(raw) < 2):
                continue
            if (index_lang, correct) not in read:
                read[(index_lang, correct)] = self._groups(index_lang, raw, correct)
            groups, corrections, all_exact = read[(index_lang, correct)]
            if index_lang != lang and not all_exact:
                continue
            if correct and not corrections and operator == "AND":
                continue
            rows = self._match(index_lang, self._expression(groups, operator))
            if rows:
                return self._result(lang, index_lang, rows, groups, corrections)
        return Result([], lang)

    def _result(self, lang, index_lang, rows, groups, corrections) -> Result:
        wanted = {s for alts in groups for phrase in alts for s in phrase}
        hits = []
        for rowid in rows:
            found = self.pages[index_lang][rowid]
            page = self.twins.get((lang, found.key))
            if page is None:
                continue
            marked = excerpt(self.tokens[(lang, page.key)], wanted) if index_lang == lang \
                else None
            hits.append(Hit(page, marked))
        return Result(hits, index_lang, corrections)
