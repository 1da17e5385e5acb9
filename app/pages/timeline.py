"""Pictures drawn from the data: the timeline of legal changes and the procedure deadlines.

Each SVG sits beside an ordered list that carries the same information, so the picture never
holds a fact the text lacks. The timeline of changes is hidden from screen readers (aria-hidden);
the deadlines picture is an image named by its own title and description, which point to the list.
No inline style: the CSP forbids it, so colours come from `currentColor` and the stylesheet.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from markupsafe import Markup

from app.formats import long_date
from app.law import Registry
from app.law.events import legal_events
from app.law.schema import Rule

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
              "en": "What happened (publication, sending or threat)"},
    "complaint": {"fr": "Plainte\u00a0: à tout moment avant la fin du délai de prescription",
                  "en": "Complaint: at any time before the time limit runs out"},
    "partie_civile": {"fr": "{n} mois après la plainte (ou dès un refus)\u00a0: plainte avec "
                            "constitution de partie civile",
                      "en": "{n} months after the complaint (or as soon as it is refused): "
                            "complaint with civil-party claim"},
    "limit": {"fr": "{n} ans après les faits\u00a0: fin du délai de prescription "
                    "(au moins\u00a0; des actes d'enquête l'interrompent)",
              "en": "{n} years after it happened: end of the time limit (at least; acts of "
                    "investigation interrupt it)"},
    "minor": {"fr": "Victime mineure, infractions de l'article 706-47\u00a0: {n} ans à compter de "
                    "la majorité",
              "en": "Minor victim, offences listed in article 706-47: {n} years from the age "
                    "of majority"},
}

# The picture's labels: the delay first (bold), then what it opens or closes.
MARKS = {
    "facts": {"fr": ("Jour 0\u00a0: les faits", "publication, envoi ou menace"),
              "en": ("Day 0: what happened", "publication, sending or threat")},
    "complaint": {"fr": ("À tout moment dans le délai", "plainte"),
                  "en": ("Any time within the period", "complaint")},
    "partie_civile": {"fr": ("Plainte + {n}\u00a0mois", "(ou dès un refus)\u00a0: plainte avec "
                             "constitution de partie civile possible"),
                      "en": ("Complaint + {n} months", "(or as soon as it is refused): complaint "
                             "with civil-party claim possible")},
    "limit": {"fr": ("{n}\u00a0ans après les faits", "fin du délai de prescription d'un délit, "
                     "au moins\u00a0: des actes d'enquête l'interrompent"),
              "en": ("{n} years after it happened", "end of the time limit for a délit, at least: "
                     "acts of investigation interrupt it")},
    "minor": {"fr": ("18\u00a0ans + {n}\u00a0ans", "victime mineure, infractions de l'article "
                     "706-47\u00a0: fin du délai"),
              "en": ("Age 18 + {n} years", "minor victim, offences listed in article 706-47: "
                     "end of the time limit")},
    "scale": {"fr": "Temps depuis les faits, échelle logarithmique\u00a0; après la coupure, "
                    "compté depuis les 18\u00a0ans de la victime.",
              "en": "Time since it happened, logarithmic scale; after the break, counted from the "
                    "victim's 18th birthday."},
    "desc": {"fr": "Frise verticale des délais, de la date des faits à la fin du délai de "
                   "prescription\u00a0; la liste qui l'accompagne donne les mêmes étapes.",
             "en": "Vertical timeline of the deadlines, from the day it happened to the end of "
                   "the time limit; the list beside it gives the same steps."},
}

# Drawing units: the viewBox is 320 wide, so at a 320 px screen (288 px of content) the 14 px
# text still reads at 12.6 px.
WIDTH, AXIS, TEXT_X, LINE, CHARS, TOP, SCALE = 320, 14, 34, 18, 34, 16, 58


def deadline_values(law: Registry, on: dt.date) -> dict[str, dict]:

    def values(rule_id: str) -> dict:
        rule = law.offence(rule_id)
        return dict((rule.version_at(on) or rule.current).values)

    return {"cpp-8": values("cpp-8"), "cpp-85": values("cpp-85")}


def deadline_points(law: Registry, lang: str, on: dt.date) -> list[tuple[str, str]]:
    """(label, rule id) pairs, in order, with the durations read from the law data."""
    data = deadline_values(law, on)
    cpp8, cpp85 = data["cpp-8"], data["cpp-85"]
    return [
        (DEADLINES["facts"][lang], ""),
        (DEADLINES["complaint"][lang], "cpp-15-3"),
        (DEADLINES["partie_civile"][lang].format(n=cpp85["months"]), "cpp-85"),
        (DEADLINES["limit"][lang].format(n=cpp8["years"]), "cpp-8"),
        (DEADLINES["minor"][lang].format(n=cpp8["minor_years_from_majority"]), "cpp-706-47"),
    ]


def wrap(text: str, width: int = CHARS) -> list[str]:
    """Greedy word wrap on ordinary spaces (a non-breaking space keeps its words together)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def months_y(months: float) -> float:
    """Logarithmic scale: 3 months and 6 years both find room on a phone screen."""
    return TOP + SCALE * math.log1p(months)


def _label(anchor: float, top: float, head: str, body: str) -> tuple[list[Markup], float]:
    """A bold delay, its event wrapped below, and a leader from the axis; returns the bottom."""
    first = max(anchor + 5, top + LINE - 4)
    parts = [Markup('<polyline points="{},{:.0f} {},{:.0f} {},{:.0f}" class="leader"/>').format(
        AXIS + 6, anchor, TEXT_X - 10, first - 5, TEXT_X - 4, first - 5)]
    for index, (line, cls) in enumerate(
            [(line, "head") for line in wrap(head)] + [(line, "") for line in wrap(body)]):
        parts.append(Markup('<text x="{}" y="{:.0f}"{}>{}</text>').format(
            TEXT_X, first + index * LINE, Markup(' class="head"') if cls else "", line))
    return parts, first + (len(parts) - 2) * LINE + 10


def deadlines_svg(law: Registry, lang: str, on: dt.date) -> Markup:
    data = deadline_values(law, on)
    cpp8, cpp85 = data["cpp-8"], data["cpp-85"]
    limit_y, civil_y = months_y(cpp8["years"] * 12), months_y(cpp85["months"])
    parts = [
        Markup('<title id="deadlines-title">{}</title><desc id="deadlines-desc">{}</desc>').format(
            DEADLINES["caption"][lang], MARKS["desc"][lang]),
        Markup('<rect x="{}" y="{}" width="8" height="{:.0f}" class="span"/>').format(
            AXIS - 4, TOP, limit_y - TOP),
        Markup('<line x1="{a}" y1="{:.0f}" x2="{a}" y2="{:.0f}" class="axis"/>').format(
            TOP, limit_y, a=AXIS),
    ]
    bottom = 0.0
    marks = [("facts", TOP, {}), ("complaint", TOP + 1, {}),
             ("partie_civile", civil_y, {"n": cpp85["months"]}),
             ("limit", limit_y, {"n": cpp8["years"]})]
    for key, anchor, values in marks:
        head, body = MARKS[key][lang]
        drawn, bottom = _label(anchor, bottom, head.format(**values), body)
        parts += drawn
        if key != "complaint":
            parts.append(Markup('<circle cx="{}" cy="{:.0f}" r="5" class="past"/>').format(
                AXIS, anchor))
    # "At least": the period may run on, drawn dashed; then a break before the minors' limit.
    beyond = max(bottom, limit_y + 30)
    parts.append(Markup('<line x1="{a}" y1="{:.0f}" x2="{a}" y2="{:.0f}" class="beyond"/>'
                        '<path d="M{} {:.0f}l16 -6m-16 12l16 -6" class="break"/>').format(
        limit_y + 6, beyond, AXIS - 8, beyond + 11, a=AXIS))
    minor_y = beyond + 36
    parts.append(Markup('<line x1="{a}" y1="{:.0f}" x2="{a}" y2="{:.0f}" class="axis"/>'
                        '<circle cx="{a}" cy="{:.0f}" r="5" class="past"/>').format(
        beyond + 16, minor_y, minor_y, a=AXIS))
    head, body = MARKS["minor"][lang]
    drawn, bottom = _label(minor_y, bottom, head.format(n=cpp8["minor_years_from_majority"]), body)
    parts += drawn
    for index, line in enumerate(wrap(MARKS["scale"][lang], CHARS + 6)):
        parts.append(Markup('<text x="0" y="{:.0f}" class="note">{}</text>').format(
            bottom + 20 + index * LINE, line))
    height = bottom + 20 + index * LINE + 8
    return Markup('<svg class="deadlines-svg" viewBox="0 0 {} {:.0f}" role="img" '
                  'aria-labelledby="deadlines-title deadlines-desc" focusable="false" '
                  'xmlns="http://www.w3.org/2000/svg">{}</svg>').format(
        WIDTH, height, Markup("").join(parts))


def deadlines_block(fn) -> Markup:
    """The picture and, beside it, the list that carries the same steps in words."""
    law = fn.law
    items = []
    for label, rule_id in deadline_points(law, fn.lang, fn.on):
        link = Markup(' (<a href="{}" rel="external">{}</a>)').format(
            law.offence(rule_id).url, law.offence(rule_id).article) if rule_id else ""
        items.append(Markup("<li>{}{}</li>").format(label, link))
    return Markup('<figure class="deadlines"><figcaption>{}</figcaption>'
                  '<div class="timeline-layout">{}<ol>{}</ol></div></figure>').format(
        DEADLINES["caption"][fn.lang], deadlines_svg(law, fn.lang, fn.on), Markup("").join(items))
