"""Pictures drawn from the data: the timeline of legal changes and the procedure deadlines.

Each SVG is hidden from screen readers (aria-hidden) and sits beside an ordered list that carries
the same information, so the picture never holds a fact the text lacks. No inline style: the CSP
forbids it, so colours come from `currentColor` and the stylesheet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup

from app.law import get_registry
from app.law.events import legal_events
from app.law.schema import Rule
from app.pages.wording import long_date

ROW = 34
CAPTION = {"fr": "Chronologie des changements de la loi", "en": "Timeline of changes in the law"}
NEW_VERSION = {"fr": "nouvelle version de l'article {a}", "en": "new version of article {a}"}
CREATED = {"fr": "entrée en vigueur de l'article {a}", "en": "article {a} comes into force"}
# Starts that are not a coming into force (app/law/schema.py START_BASES) say what they are.
NOT_A_START = {
    "text_checked": {"fr": "texte de l'article {a} tel que vérifié à cette date (date d'entrée "
                           "en vigueur de cette version inconnue)",
                     "en": "text of article {a} as checked on this date (the date this version "
                           "came into force is unknown)"},
    "held_from": {"fr": "article {a}\u00a0: version retenue à partir de cette date (date "
                        "d'entrée en vigueur inconnue)",
                  "en": "article {a}: version held from this date (the date it came into force "
                        "is unknown)"},
}
TO_CHECK = {"fr": " (date à vérifier)", "en": " (date to be checked)"}


@dataclass(frozen=True)
class Point:
    day: dt.date
    label: str
    link: str | None = None


def change_points(rules: list[Rule], lang: str) -> list[Point]:
    """Start dates of every version held (after the 1994 Code pénal) and the EU events; an
    article is said to come into force only when the data holds its creation."""
    points = []
    for rule in rules:
        for index, version in enumerate(rule.versions):
            if version.start.year <= 1994:
                continue
            if version.start_basis in NOT_A_START:
                template = NOT_A_START[version.start_basis]
            else:
                template = NEW_VERSION if index or rule.earlier_versions else CREATED
            label = f"{template[lang].format(a=rule.article)} — {rule.title[lang]}"
            if not version.start_exact and version.in_force_since is not None:
                label += TO_CHECK[lang]
            points.append(Point(version.start, label, rule.url))
    for event in legal_events():
        label = event.title[lang] + ("" if event.date_exact else TO_CHECK[lang])
        points.append(Point(event.date, label, event.source))
    return sorted(points, key=lambda point: point.day)


def draw(points: list[Point], lang: str, today: dt.date | None = None) -> Markup:
    """A vertical line of dots, one per date; years are written beside each dot."""
    days = sorted({point.day for point in points})
    height = ROW * len(days) + 20
    parts = [Markup('<line x1="70" y1="10" x2="70" y2="{}" class="axis"/>').format(height - 10)]
    for index, day in enumerate(days):
        y = 20 + ROW * index
        count = sum(1 for point in points if point.day == day)
        future = today is not None and day > today
        parts.append(Markup(
            '<circle cx="70" cy="{}" r="{}" class="{}"/>'
            '<text x="60" y="{}" text-anchor="end" class="year">{}</text>'
            '<text x="84" y="{}" class="label">{}</text>').format(
            y, 5 + min(count, 4), "future" if future else "past", y + 5, day.year,
            y + 5, long_date(day, lang) + (f" · {count}" if count > 1 else "")))
    return Markup('<svg class="timeline-svg" viewBox="0 0 360 {}" role="img" aria-hidden="true" '
                  'focusable="false" xmlns="http://www.w3.org/2000/svg">{}</svg>').format(
        height, Markup("").join(parts))


def text_list(points: list[Point], lang: str) -> Markup:
    items = []
    for point in points:
        label = Markup('<a href="{}" rel="external">{}</a>').format(point.link, point.label) \
            if point.link else point.label
        items.append(Markup('<li><time datetime="{}">{}</time> — {}</li>').format(
            point.day.isoformat(), long_date(point.day, lang), label))
    return Markup("<ol>{}</ol>").format(Markup("").join(items))


def timeline_block(fn, rules: list[Rule]) -> Markup:
    points = change_points(rules, fn.lang)
    return Markup('<figure class="timeline"><figcaption>{}</figcaption>'
                  '<div class="timeline-layout">{}{}</div></figure>').format(
        CAPTION[fn.lang], draw(points, fn.lang, fn.on), text_list(points, fn.lang))


DEADLINES = {
    "caption": {"fr": "Les délais de la procédure", "en": "Procedure deadlines"},
    "facts": {"fr": "Les faits (publication, envoi ou menace)",
              "en": "The facts (publication, sending or threat)"},
    "complaint": {"fr": "Plainte\u00a0: à tout moment avant la fin du délai de prescription",
                  "en": "Complaint: at any time before the time limit runs out"},
    "partie_civile": {"fr": "{n} mois après la plainte (ou dès un refus)\u00a0: plainte avec "
                            "constitution de partie civile",
                      "en": "{n} months after the complaint (or as soon as it is refused): "
                            "complaint with civil-party claim"},
    "limit": {"fr": "{n} ans après les faits\u00a0: fin du délai de prescription "
                    "(au moins\u00a0; des actes d'enquête l'interrompent)",
              "en": "{n} years after the facts: end of the time limit (at least; acts of "
                    "investigation interrupt it)"},
    "minor": {"fr": "Victime mineure, infractions de l'article 706-47\u00a0: {n} ans à compter de "
                    "la majorité",
              "en": "Minor victim, offences listed in article 706-47: {n} years from the age "
                    "of majority"},
}


def deadline_points(lang: str, on: dt.date) -> list[tuple[str, str]]:
    """(label, rule id) pairs, in order, with the durations read from the law data."""
    law = get_registry()

    def values(rule_id: str) -> dict:
        rule = law.offence(rule_id)
        return dict((rule.version_at(on) or rule.current).values)

    cpp8, cpp85 = values("cpp-8"), values("cpp-85")
    return [
        (DEADLINES["facts"][lang], ""),
        (DEADLINES["complaint"][lang], "cpp-15-3"),
        (DEADLINES["partie_civile"][lang].format(n=cpp85["months"]), "cpp-85"),
        (DEADLINES["limit"][lang].format(n=cpp8["years"]), "cpp-8"),
        (DEADLINES["minor"][lang].format(n=cpp8["minor_years_from_majority"]), "cpp-706-47"),
    ]


def deadlines_block(fn) -> Markup:
    steps = deadline_points(fn.lang, fn.on)
    law = get_registry()
    parts, items = [], []
    for index, (label, rule_id) in enumerate(steps):
        x = 20 + index * 80
        parts.append(Markup('<circle cx="{}" cy="30" r="10" class="past"/>'
                            '<text x="{}" y="35" text-anchor="middle" class="step">{}</text>'
                            ).format(x, x, index + 1))
        link = Markup(' (<a href="{}" rel="external">{}</a>)').format(
            law.offence(rule_id).url, law.offence(rule_id).article) if rule_id else ""
        items.append(Markup("<li>{}{}</li>").format(label, link))
    line = Markup('<line x1="20" y1="30" x2="{}" y2="30" class="axis"/>').format(
        20 + (len(steps) - 1) * 80)
    svg = Markup('<svg class="deadlines-svg" viewBox="0 0 {} 60" role="img" aria-hidden="true" '
                 'focusable="false" xmlns="http://www.w3.org/2000/svg">{}{}</svg>').format(
        40 + (len(steps) - 1) * 80, line, Markup("").join(parts))
    return Markup('<figure class="deadlines"><figcaption>{}</figcaption>{}<ol>{}</ol></figure>'
                  ).format(DEADLINES["caption"][fn.lang], svg, Markup("").join(items))
