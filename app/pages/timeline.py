"""The timeline of legal changes, drawn as SVG from the law data, with a text equivalent.

The SVG is decorative for screen readers (aria-hidden); the ordered list beside it carries the same
information, so the picture never holds a fact the text lacks.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from markupsafe import Markup

from app.law.schema import Rule
from app.pages.wording import long_date

WIDTH, ROW = 640, 28
CAPTION = {"fr": "Chronologie des changements de la loi", "en": "Timeline of changes in the law"}


def events(rules: list[Rule]) -> list[tuple[dt.date, list[Rule]]]:
    """Every date from which a new version of a rule applies, with the rules concerned."""
    by_date: dict[dt.date, list[Rule]] = defaultdict(list)
    for rule in rules:
        for version in rule.versions:
            if version.start.year > 1994:
                by_date[version.start].append(rule)
    return sorted(by_date.items())


def svg(points: list[tuple[dt.date, list[Rule]]], lang: str) -> Markup:
    if not points:
        return Markup("")
    first, last = points[0][0].year, points[-1][0].year + 1
    span = max(last - first, 1)
    height = ROW * len(points) + 40
    parts = [Markup('<line x1="20" y1="20" x2="20" y2="{}" stroke="currentColor" '
                    'stroke-width="2"/>').format(height - 10)]
    for index, (day, rules) in enumerate(points):
        y = 30 + ROW * index
        label = ", ".join(rule.article for rule in rules)
        parts.append(Markup('<circle cx="20" cy="{}" r="6" fill="currentColor"/>'
                            '<text x="36" y="{}" font-size="14" fill="currentColor">{} — {}</text>'
                            ).format(y, y + 5, long_date(day, lang), label))
    del span
    return Markup('<svg class="timeline-svg" viewBox="0 0 {} {}" width="100%" role="img" '
                  'aria-hidden="true" focusable="false">{}</svg>').format(
        WIDTH, height, Markup("").join(parts))


def timeline_block(fn, rules: list[Rule]) -> Markup:
    points = events(rules)
    items = []
    for day, concerned in points:
        names = Markup(", ").join(
            Markup("{} ({})").format(rule.article, rule.title[fn.lang]) for rule in concerned)
        items.append(Markup('<li><time datetime="{}">{}</time> — {}</li>').format(
            day.isoformat(), long_date(day, fn.lang), names))
    return Markup('<figure class="timeline"><figcaption>{}</figcaption>{}<ol>{}</ol></figure>'
                  ).format(CAPTION[fn.lang], svg(points, fn.lang), Markup("").join(items))
