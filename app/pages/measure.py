"""How readable each page is, and how soon it offers something to do (docs/content-guide.md).

Per page and language: words, mean sentence length, share of sentences over 25 words, a
readability score (textstat: Kandel–Moles in French, Flesch reading ease in English) and where the
first link to an action stands, as a share of the page's words. The lawyers' section is measured
apart; victim-facing pages are held to THRESHOLDS by a test and by `flask content measure --check`.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import asdict, dataclass
from html.parser import HTMLParser

from flask import Flask

from app.pages.render import Page

THRESHOLDS = {"mean_sentence": 15.0, "share_over_25": 0.10, "first_action": 0.25}
LONG_SENTENCE = 25  # words: a sentence longer than this is "long"
SHORTEST_SENTENCE = 3  # words: a shorter piece ("Yes", "226-8-1", "Actus reus.") is a label
# The lawyers' section: the `##` heading with this id, up to the next `##` heading.
LAWYERS_SECTION = {"fr": "pour-les-juristes", "en": "for-lawyers"}
# Pages that tell the reader what to do now, step by step: a link to one is an action link.
ACTION_PAGES = ("what-to-do", "what-to-do-easy-read", "evidence", "removal", "complaint")
# The site's tools (endpoints; each path also covers what lies under it, e.g. /platforms/<id>).
TOOL_ENDPOINTS = ("interview.qualify_start", "complaint.start", "action.start",
                  "services.directory", "services.help_near_you", "platforms.index")
# Held to the first-action rule besides the `offences` section: guides to one kind of abuse, and
# the time limits the review found slowest to reach an action.
OFFENCE_GUIDES = ("sexual-deepfakes", "sextortion", "time-limits")
# Readability scores through textstat's language settings (see the content guide).
SCORE_NAME = {"fr": "Kandel–Moles", "en": "Flesch reading ease"}

BLOCKS = {"p", "li", "td", "th", "dt", "dd", "caption", "figcaption", "div", "ul", "ol", "table",
          "tr", "h2", "h3", "h4", "h5", "h6", "pre", "figure", "section", "details", "summary"}
HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
# Official quotations, footnote marks, and drawings (a timeline's words repeat the list beside it).
SKIPPED = {"blockquote", "sup", "svg", "script", "style"}
_DIGIT_GROUPS = re.compile(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)")
_WORD = re.compile(r"\w")
# A sentence ends at . ! ? or … (closing quotes and brackets kept with it), before a capital, a
# digit or an opening quote; "e.g.", "art." and the like are not ends.
_END = re.compile(r"[.!?…]+[\s\u00a0\u202f]*[»”\"’)\]]*(?=\s+[«“\"(\[]?[\s\u00a0]*[A-ZÀ-ÖØ-Þ0-9])")
_NOT_AN_END = re.compile(r"(?:\b(?:e\.g|i\.e|cf|art|p|M|Mme|Dr|St|no|n°|vs|al)\.)$", re.I)


def words(text: str) -> list[str]:
    """Words as they stand between spaces ("l'image", "226-8-1", "60 000" count as one)."""
    return [token for token in _DIGIT_GROUPS.sub("", text).split() if _WORD.search(token)]


def sentences(text: str) -> list[str]:
    """The sentences of one block of text (a paragraph, a list item, a table cell)."""
    found, start = [], 0
    for match in _END.finditer(text):
        if _NOT_AN_END.search(text[start:match.start() + 1]):
            continue
        found.append(text[start:match.end()].strip())
        start = match.end()
    found.append(text[start:].strip())
    return [sentence for sentence in found if words(sentence)]


@dataclass(frozen=True)
class TextMeasure:
    words: int
    sentences: int
    mean_sentence: float
    share_over_25: float
    readability: float | None


def measure_text(units: list[tuple[str, str]], lang: str) -> TextMeasure:
    """Measure (kind, text) units: every unit counts in words; headings and labels of fewer
    than SHORTEST_SENTENCE words are not sentences."""
    counted = [s for kind, text in units if kind == "text" for s in sentences(text)
               if len(words(s)) >= SHORTEST_SENTENCE]
    lengths = [len(words(s)) for s in counted]
    total = sum(len(words(text)) for _, text in units)
    if not lengths:
        return TextMeasure(total, 0, 0.0, 0.0, None)
    return TextMeasure(total, len(lengths), round(sum(lengths) / len(lengths), 1),
                       round(sum(n > LONG_SENTENCE for n in lengths) / len(lengths), 3),
                       readability(counted, lang))


def readability(counted: list[str], lang: str) -> float:
    """textstat's Flesch reading ease with the language's constants: in French, Kandel and
    Moles' 207 − 1.015 × words per sentence − 73.6 × syllables per word."""
    from textstat.textstat import textstatistics  # only when measuring: keeps start-up light

    scorer = textstatistics()
    scorer.set_lang(lang)
    text = " ".join(s if s.endswith((".", "!", "?", "…")) else s + "." for s in counted)
    return round(scorer.flesch_reading_ease(text), 1)


class _Reader(HTMLParser):
    """Splits a page's HTML into (part, kind, text) units in reading order, and notes how many
    words come before the first action link."""

    def __init__(self, lang: str, is_action, words_before: int):
        super().__init__(convert_charrefs=True)
        self.lang, self.is_action = lang, is_action
        self.units: list[tuple[str, str, str]] = []
        self.part, self.kind, self.buffer, self.skipping = "victims", "text", [], 0
        self.words_so_far, self.first_action = words_before, None

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        if text:
            self.units.append((self.part, self.kind, text))
            self.words_so_far += len(words(text))
        self.buffer, self.kind = [], "text"

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS:
            self.flush()
            if tag in HEADINGS:
                self.kind = "heading"
            if tag == "h2":
                lawyers = attributes.get("id") == LAWYERS_SECTION[self.lang]
                self.part = "lawyers" if lawyers else "victims"
        elif tag == "a" and self.first_action is None and not self.skipping \
                and self.is_action(attributes.get("href") or ""):
            self.first_action = self.words_so_far + len(words("".join(self.buffer)))

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skipping:
            self.buffer.append(data)


@dataclass(frozen=True)
class PageMeasure:
    lang: str
    key: str
    url: str
    victim_facing: bool
    offence_page: bool
    easy_read: bool
    victims: TextMeasure
    lawyers: TextMeasure | None
    first_action: float | None  # share of the page's words before the first action link

    def missed(self) -> dict[str, bool]:
        """Which thresholds this page misses (only victim-facing pages are held to them, and
        only offence pages to the first action; the lawyers' part is free)."""
        if not self.victim_facing:
            return dict.fromkeys(THRESHOLDS, False)
        late = self.first_action is None or self.first_action > THRESHOLDS["first_action"]
        return {"mean_sentence": self.victims.mean_sentence > THRESHOLDS["mean_sentence"],
                "share_over_25": self.victims.share_over_25 > THRESHOLDS["share_over_25"],
                "first_action": self.offence_page and late}

    def failures(self) -> list[str]:
        missed, found = self.missed(), []
        if missed["mean_sentence"]:
            found.append(f"mean sentence {self.victims.mean_sentence} words "
                         f"(at most {THRESHOLDS['mean_sentence']:g})")
        if missed["share_over_25"]:
            found.append(f"{self.victims.share_over_25:.1%} of sentences over {LONG_SENTENCE} "
                         f"words (at most {THRESHOLDS['share_over_25']:.0%})")
        if missed["first_action"]:
            where = "no action link" if self.first_action is None \
                else f"first action at {self.first_action:.1%}"
            found.append(f"{where} (within the first {THRESHOLDS['first_action']:.0%})")
        return found


def is_victim_facing(page: Page) -> bool:
    return "victims" in page.meta["audience"] and page.meta["section"] not in (
        "educators", "lawyers")


def is_offence_page(page: Page) -> bool:
    return is_victim_facing(page) and (page.meta["section"] == "offences"
                                       or page.key in OFFENCE_GUIDES)


def action_targets(app: Flask, lang: str) -> tuple[set[str], tuple[str, ...]]:
    """(exact addresses, path prefixes) that make a link an action link in one language."""
    from app.services.directory import all_services
    from app.services.platforms import all_platforms

    site = app.extensions["recours.site"]
    builder = app.url_map.bind("localhost")
    tools = tuple(builder.build(endpoint, {"lang": lang}) for endpoint in TOOL_ENDPOINTS
                  if endpoint in app.view_functions)
    exact = {page.url for key in ACTION_PAGES if (page := site.get(lang, key))} | set(tools)
    exact |= {c.value for s in all_services() for c in s.contacts if c.value.startswith("https")}
    exact |= {p.help_url for p in all_platforms() if p.help_url}
    return exact, tuple(tool + "/" for tool in tools)


def action_link_test(app: Flask, lang: str):
    exact, prefixes = action_targets(app, lang)

    def is_action(href: str) -> bool:
        if href.startswith(("tel:", "sms:", "mailto:")):
            return True
        address = href.split("#", 1)[0]
        return address in exact or address.rstrip("/") in exact or address.startswith(prefixes)
    return is_action


def measure_page(page: Page, is_action) -> PageMeasure:
    summary = " ".join(page.meta["summary"].split())
    reader = _Reader(page.lang, is_action, len(words(summary)))
    reader.feed(page.html)
    reader.close()
    reader.flush()
    units = [("victims", "text", summary), *reader.units]
    victims = measure_text([(k, t) for part, k, t in units if part == "victims"], page.lang)
    in_lawyers = [(k, t) for part, k, t in units if part == "lawyers"]
    total = reader.words_so_far
    position = None if reader.first_action is None or not total \
        else round(reader.first_action / total, 3)
    return PageMeasure(page.lang, page.key, page.url, is_victim_facing(page),
                       is_offence_page(page), bool(page.meta.get("easy_read")), victims,
                       measure_text(in_lawyers, page.lang) if in_lawyers else None, position)


def measure_site(app: Flask, languages: tuple[str, ...] | None = None) -> list[PageMeasure]:
    site = app.extensions["recours.site"]
    found = []
    for lang in languages or tuple(app.config["LANGUAGES"]):
        is_action = action_link_test(app, lang)
        found += [measure_page(page, is_action) for page in site.in_lang(lang)]
    return found


def medians(measures: list[PageMeasure]) -> dict[str, dict]:
    """Per language, the medians over victim-facing pages (first action: offence pages). The
    easy-read versions are left out, so that the medians compare the same pages over time."""
    result = {}
    for lang in sorted({m.lang for m in measures}):
        pages = [m for m in measures if m.lang == lang and m.victim_facing and not m.easy_read]
        if not pages:
            continue
        scores = [m.victims.readability for m in pages if m.victims.readability is not None]
        actions = [m.first_action for m in pages if m.offence_page and m.first_action is not None]
        result[lang] = {
            "pages": len(pages),
            "words": statistics.median(m.victims.words for m in pages),
            "mean_sentence": round(statistics.median(m.victims.mean_sentence for m in pages), 1),
            "share_over_25": round(statistics.median(m.victims.share_over_25 for m in pages), 3),
            "readability": round(statistics.median(scores), 1) if scores else None,
            "first_action": round(statistics.median(actions), 3) if actions else None,
        }
    return result


def as_json(measures: list[PageMeasure]) -> dict:
    return {"thresholds": THRESHOLDS, "long_sentence": LONG_SENTENCE, "score": SCORE_NAME,
            "pages": [{**asdict(m), "failures": m.failures()} for m in measures],
            "medians": medians(measures)}
